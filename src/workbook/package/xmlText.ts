/**
 * Text-level XML helpers for editing package parts without a document model: escaping, reading one
 * attribute of a start tag, finding elements by local name whatever their namespace prefix (`<sheet>`,
 * `<x:sheet>`), and the prefix a part's root element uses so added elements match it.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Characters XML 1.0 cannot carry at all (control characters other than tab, LF, CR; lone surrogates). */
const INVALID_XML_SOURCE = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const INVALID_XML = new RegExp(INVALID_XML_SOURCE, 'g');
const INVALID_CHAR = new RegExp(INVALID_XML_SOURCE);

/** Whether a text holds a character XML 1.0 cannot carry. */
export function hasInvalidXmlChar(text: string): boolean {
  return INVALID_CHAR.test(text);
}

/** Any character escapeXml changes: the four it escapes, the ones INVALID_XML drops, and every surrogate. */
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text or attribute value escaped for XML, with characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  // Most cell texts have nothing to escape: one scan instead of two replaces.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVALID_XML, '').replace(/[&<>"]/g, (ch) => ESCAPES[ch]);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);|&#(x?)([0-9a-fA-F]+);/g, (_, name: string, hex: string, code: string) =>
    name ? ENTITIES[name] : String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
  );
}

/** The value of attribute `name` (qualified as written, e.g. `r:id`) in a start tag, unescaped. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[1] ?? match[2]) : undefined;
}

/** The value of the first attribute whose local name is `local` (`r:id`, `ns1:id`…), unescaped. */
export function attributeLocal(tag: string, local: string): string | undefined {
  const match = new RegExp(`\\s(?:[\\w.-]+:)?${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[1] ?? match[2]) : undefined;
}

/** A found element: its full text (start tag to end tag, or the empty-element tag) and where it starts. */
export interface Found {
  text: string;
  start: number;
  end: number;
  /** The start tag alone. */
  tag: string;
}

/**
 * Every element with local name `local` in `xml`, outermost only, in document order. Elements of this
 * name must not nest inside each other (true of the OOXML elements Opora edits: sheet, definedName,
 * Relationship, Override, font, fill, border, xf, dxf, numFmt).
 */
export function elements(xml: string, local: string, from = 0, to = xml.length): Found[] {
  const open = new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s/>])[^>]*>`, 'g');
  open.lastIndex = from;
  const found: Found[] = [];
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tag = m[0];
    if (tag.endsWith('/>')) {
      found.push({ text: tag, start: m.index, end: m.index + tag.length, tag });
      continue;
    }
    const close = `</${m[1]}>`;
    const endAt = xml.indexOf(close, m.index + tag.length);
    if (endAt < 0) break;
    const end = endAt + close.length;
    found.push({ text: xml.slice(m.index, end), start: m.index, end, tag });
    open.lastIndex = end;
  }
  return found;
}

/** The first element with local name `local`, or undefined. */
export function element(xml: string, local: string): Found | undefined {
  return elements(xml, local)[0];
}

/** Where the content of an element begins (after its start tag) and ends (before its end tag). */
export function innerRange(found: Found): { from: number; to: number } {
  const from = found.start + found.tag.length;
  const to = found.tag.endsWith('/>') ? from : found.start + found.text.lastIndexOf('</');
  return { from, to };
}

/** `x:` when the part's root element is `<x:workbook …>`, '' for the default namespace. */
export function rootPrefix(xml: string): string {
  const match = /<(?![?!])([\w.-]+:)?[\w.-]+[\s>/]/.exec(xml);
  return match?.[1] ?? '';
}

/** Replaces the text between `from` and `to`. */
export function splice(xml: string, from: number, to: number, text: string): string {
  return xml.slice(0, from) + text + xml.slice(to);
}

/** Sets (or adds) attribute `name` of the start tag at the beginning of `tagText`. */
export function withAttribute(tagText: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(':', '\\:')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tagText)) return tagText.replace(pattern, `$1"${escapeXml(value)}"`);
  return tagText.replace(/^(<[\w.:-]+)/, `$1 ${name}="${escapeXml(value)}"`);
}
