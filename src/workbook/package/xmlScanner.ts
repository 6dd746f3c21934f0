/**
 * A streaming XML scanner for worksheet parts, the hottest text Opora reads (20 MB at 2,000 schools).
 * saxes took ~0.38 s of CPU on those parts with empty handlers — most of the read once the zip is
 * inflated natively — because it steps through every character; this finds markup with indexOf and
 * touches only tags and texts. Attributes are read when asked for (`attribute`), which the sheet reader
 * does for four elements. It checks what makes XML well-formed for a reader as saxes did — matching end
 * tags, one root, quoted attributes, the five predefined entities and character references, no character
 * XML 1.0 forbids, no text outside the root — and throws on the first fault, so a broken part is still
 * refused. Line ends are normalised (`\r\n` and `\r` → `\n`; in attribute values whitespace → space).
 * Comments, processing instructions and a DOCTYPE are skipped; names keep their prefix (`x:c`).
 */
import { hasInvalidXmlChar } from './xmlText';

export interface ScanHandler {
  /** A start tag (an empty-element tag gives open then close); attributes through `scanner.attribute`. */
  open(name: string): void;
  close(name: string): void;
  /** Character data inside the root: texts and CDATA sections, entities resolved. */
  text(text: string): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const AMPERSAND = 38;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const isSpace = (code: number) => code === SPACE || code === LF || code === TAB || code === CR;

/** Code points a character reference may name (XML 1.0 Char). */
function isXmlChar(code: number): boolean {
  return (
    code === TAB || code === LF || code === CR || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}

export class XmlScanError extends Error {}

function fail(message: string): never {
  throw new XmlScanError(`XML: ${message}`);
}

/** `&amp;`, `&#1234;`, `&#x4D2;` … resolved; anything else is a fault. */
function resolveEntities(text: string): string {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semicolon = text.indexOf(';', amp + 1);
    if (semicolon < 0) fail('unterminated entity');
    const entity = text.slice(amp + 1, semicolon);
    out += text.slice(from, amp) + resolveEntity(entity);
    from = semicolon + 1;
  }
  return out + text.slice(from);
}

function resolveEntity(entity: string): string {
  if (entity[0] !== '#') {
    const known = PREDEFINED[entity];
    if (known === undefined) fail(`undefined entity &${entity};`);
    return known;
  }
  const code = /^#x[0-9a-f]+$/i.test(entity) && entity[1] === 'x' ? parseInt(entity.slice(2), 16) : /^#[0-9]+$/.test(entity) ? parseInt(entity.slice(1), 10) : NaN;
  if (!isXmlChar(code)) fail(`malformed character reference &${entity};`);
  return String.fromCodePoint(code);
}

/** Character data: line ends normalised, then entities resolved (so `&#13;` stays a CR). */
function characterData(raw: string): string {
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return lines.includes('&') ? resolveEntities(lines) : lines;
}

/**
 * An attribute value: literal whitespace becomes a space (`\r\n` one space), then entities are resolved.
 * Nearly every value (`A1`, `3`, `s`) has neither: one pass over its few characters says so.
 */
function attributeValue(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < SPACE || code === AMPERSAND) return normalisedValue(raw);
  }
  return raw;
}

function normalisedValue(raw: string): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n?|[\t\n]/g, ' ') : raw;
  return spaced.includes('&') ? resolveEntities(spaced) : spaced;
}

export class XmlScanner {
  /** Unscanned text carried from the previous chunk (an unfinished tag or text). */
  private carry = '';
  /** A high surrogate that ended the previous chunk, checked with its pair. */
  private heldSurrogate = '';
  private readonly open: string[] = [];
  private sawRoot = false;
  private first = true;
  /** The current start tag's text and, per attribute, where its name and value start and end in it. */
  private tagText = '';
  private readonly spans: number[] = [];
  private attributeCount = 0;

  constructor(private readonly handler: ScanHandler) {}

  write(chunk: string): void {
    let text = this.heldSurrogate + chunk;
    this.heldSurrogate = '';
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.heldSurrogate = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (this.first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text !== '') this.first = false;
    if (hasInvalidXmlChar(text)) fail('a character XML does not allow');
    if (this.carry === '') {
      this.scan(text, 0);
      return;
    }
    // What was carried (an unfinished tag or text) nearly always ends before the chunk's first `<`: it is
    // finished on a short joined string and the chunk is scanned as it came (a joined string scans ~2× slower).
    const lt = text.indexOf('<');
    const carried = this.carry + (lt < 0 ? text : text.slice(0, lt + 1));
    this.carry = '';
    this.scan(carried, 0);
    if (lt < 0) return;
    const rest = this.carry;
    this.carry = '';
    if (rest === '<') this.scan(text, lt);
    else this.scan(rest + text.slice(lt + 1), 0);
  }

  /** Ends the document: everything must have been closed. */
  close(): void {
    if (this.heldSurrogate) fail('a character XML does not allow');
    if (this.carry.includes('<')) fail('unfinished markup at the end');
    this.outsideText(this.carry);
    this.carry = '';
    if (!this.sawRoot) fail('no root element');
    if (this.open.length > 0) fail(`<${this.open[this.open.length - 1]}> is not closed`);
  }

  /** During `open`: the value of attribute `name` (qualified as written, e.g. `r:id`), or undefined. */
  attribute(name: string): string | undefined {
    return this.findAttribute(name, false);
  }

  /** During `open`: the value of the first attribute whose local name is `local` (`r:id`, `id`…). */
  attributeLocal(local: string): string | undefined {
    return this.findAttribute(local, true);
  }

  /** The first of the current tag's attributes named `wanted` (or, by local name, `*:wanted`). */
  private findAttribute(wanted: string, byLocalName: boolean): string | undefined {
    const text = this.tagText;
    const spans = this.spans;
    for (let a = 0; a < this.attributeCount; a++) {
      const nameTo = spans[4 * a + 1];
      let nameFrom = spans[4 * a];
      if (byLocalName) nameFrom = Math.max(nameFrom, text.lastIndexOf(':', nameTo - 1) + 1);
      if (nameTo - nameFrom === wanted.length && text.startsWith(wanted, nameFrom)) {
        return attributeValue(text.slice(spans[4 * a + 2], spans[4 * a + 3]));
      }
    }
    return undefined;
  }

  private scan(text: string, from: number): void {
    let at = from;
    while (at < text.length) {
      if (text.charCodeAt(at) !== LT) {
        const lt = text.indexOf('<', at);
        if (lt < 0) break;
        this.characters(text.slice(at, lt));
        at = lt;
        continue;
      }
      const next = this.markup(text, at);
      if (next < 0) break;
      at = next;
    }
    this.carry = text.slice(at);
  }

  private characters(raw: string): void {
    if (this.open.length === 0) {
      this.outsideText(raw);
      return;
    }
    if (raw.includes(']]>')) fail('"]]>" in character data');
    this.handler.text(characterData(raw));
  }

  private outsideText(raw: string): void {
    for (let i = 0; i < raw.length; i++) if (!isSpace(raw.charCodeAt(i))) fail('text outside the root element');
  }

  /** Handles the markup starting at `at` (a `<`); returns where it ends, or -1 when the text stops inside it. */
  private markup(text: string, at: number): number {
    const kind = text.charCodeAt(at + 1);
    if (Number.isNaN(kind)) return -1;
    if (kind === SLASH) return this.endTag(text, at);
    if (kind === QUESTION) return skipTo(text, '?>', at + 2);
    if (kind === BANG) return this.declaration(text, at);
    return this.startTag(text, at);
  }

  private endTag(text: string, at: number): number {
    const gt = text.indexOf('>', at + 2);
    if (gt < 0) return -1;
    const expected = this.open.pop();
    // Compared in place: the name is the one on the stack, followed by nothing but spaces.
    let end = at + 2 + (expected?.length ?? 0);
    while (isSpace(text.charCodeAt(end))) end++;
    if (expected === undefined || end !== gt || !text.startsWith(expected, at + 2)) {
      const name = text.slice(at + 2, gt).trimEnd();
      fail(expected === undefined ? `</${name}> closes nothing` : `</${name}> closes <${expected}>`);
    }
    this.handler.close(expected);
    return gt + 1;
  }

  /** Comments, CDATA sections and the DOCTYPE. */
  private declaration(text: string, at: number): number {
    if (text.startsWith('<!--', at)) return skipTo(text, '-->', at + 4);
    if (text.startsWith('<![CDATA[', at)) {
      const end = text.indexOf(']]>', at + 9);
      if (end < 0) return -1;
      if (this.open.length === 0) fail('CDATA outside the root element');
      const raw = text.slice(at + 9, end);
      this.handler.text(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
      return end + 3;
    }
    if (text.startsWith('<!DOCTYPE', at)) {
      if (this.sawRoot) fail('DOCTYPE after the root element');
      const gt = text.indexOf('>', at);
      const subset = text.indexOf('[', at);
      // An internal subset `[…]` may hold `>`: the DOCTYPE ends at the first `>` after its `]`.
      if (subset >= 0 && (gt < 0 || subset < gt)) {
        const closed = text.indexOf(']', subset);
        return closed < 0 ? -1 : skipTo(text, '>', closed);
      }
      return gt < 0 ? -1 : gt + 1;
    }
    if (text.length - at < 9) return -1;
    return fail('markup that is not XML');
  }

  private startTag(text: string, at: number): number {
    const length = text.length;
    // Below the space every character left is a space: `write` refused the chunk for any other.
    let i = at + 1;
    for (let code = text.charCodeAt(i); code > SPACE && code !== GT && code !== SLASH; code = text.charCodeAt(++i));
    const name = text.slice(at + 1, i);
    if (name === '' || name.includes('<')) fail('a tag without a name');
    // Attributes are checked here (quoted, no `<` inside) and noted, and read later only if asked for. The
    // first `<` after the name, found once per tag: an attribute that reaches it holds a `<` (in its name or value).
    const nextLt = text.indexOf('<', i);
    let count = 0;
    for (;;) {
      const before = i;
      while (text.charCodeAt(i) <= SPACE) i++;
      if (i >= length) return -1;
      const code = text.charCodeAt(i);
      if (code === GT || code === SLASH) break;
      if (i === before) fail(`no space before an attribute of <${name}>`);
      const nameFrom = i;
      for (let c = code; c > SPACE && c !== EQUALS && c !== GT; c = text.charCodeAt(++i));
      const nameTo = i;
      while (text.charCodeAt(i) <= SPACE) i++;
      if (i >= length) return -1;
      if (text.charCodeAt(i) !== EQUALS || nameTo === nameFrom) fail(`an attribute of <${name}> without a name or a value`);
      i++;
      while (text.charCodeAt(i) <= SPACE) i++;
      if (i >= length) return -1;
      const quote = text.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) fail(`an unquoted attribute value in <${name}>`);
      const end = text.indexOf(quote === QUOTE ? '"' : "'", i + 1);
      if (end < 0) return -1;
      if (nextLt >= 0 && nextLt < end) fail(`"<" in an attribute of <${name}>`);
      this.spans[4 * count] = nameFrom;
      this.spans[4 * count + 1] = nameTo;
      this.spans[4 * count + 2] = i + 1;
      this.spans[4 * count + 3] = end;
      count++;
      i = end + 1;
    }
    const empty = text.charCodeAt(i) === SLASH;
    if (empty && Number.isNaN(text.charCodeAt(i + 1))) return -1;
    if (empty && text.charCodeAt(i + 1) !== GT) fail(`"/" inside <${name}>`);
    if (this.open.length === 0 && this.sawRoot) fail('a second root element');
    this.sawRoot = true;
    this.tagText = text;
    this.attributeCount = count;
    if (!empty) this.open.push(name);
    this.handler.open(name);
    if (empty) this.handler.close(name);
    return empty ? i + 2 : i + 1;
  }
}

/** Where `end` finishes, searching from `from`; -1 when the text stops first. */
function skipTo(text: string, end: string, from: number): number {
  const found = text.indexOf(end, from);
  return found < 0 ? -1 : found + end.length;
}
