/**
 * `xl/styles.xml`, append-only: Opora's number formats, fonts, fills, borders, cell formats and
 * differential formats go at the end of their lists, so every index the user's cells use keeps its
 * meaning. An entry already there with the same XML is reused, which makes a second run add nothing
 * (and so write the same Opora parts as the first).
 */
import type { CellStyle } from '../../engine';
import { GENERAL } from './cellFormats';
import { attribute, elements, escapeXml, innerRange, rootPrefix, splice, withAttribute } from './xmlText';

/** A cell's style after all of Opora's layers: the engine's CellStyle plus a number format. */
export type LayeredStyle = CellStyle & { numFmt?: string };

/** The sections of a stylesheet in schema order; a missing one is created in its place. */
const SECTION_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const CHILD: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/** Built-in number format ids Opora's codes may map to (no entry needed in numFmts). */
const BUILT_IN_IDS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const FIRST_CUSTOM_ID = 164;

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

class Section {
  readonly index = new Map<string, number>();
  readonly added: string[] = [];
  constructor(existing: string[]) {
    existing.forEach((text, i) => {
      if (!this.index.has(text)) this.index.set(text, i);
    });
    this.size = existing.length;
  }
  size: number;
  /** Index of an entry with exactly this XML, appending it if there is none. */
  id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.size++;
      this.index.set(text, i);
      this.added.push(text);
    }
    return i;
  }
}

export class StyleBook {
  private readonly prefix: string;
  private readonly sections = new Map<string, Section>();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = FIRST_CUSTOM_ID;
  private readonly xfIds = new Map<string, number>();
  private readonly defaultFont: { name?: string; family?: string; size: string };
  /** True when the package had no styles part and this one is new. */
  readonly created: boolean;

  constructor(private xml: string | undefined) {
    this.created = xml === undefined;
    this.xml = xml ?? MINIMAL_STYLES;
    this.prefix = rootPrefix(this.xml);
    for (const [name, child] of Object.entries(CHILD)) {
      const found = this.section(name);
      const texts = found ? elements(this.xml, child, innerRange(found).from, innerRange(found).to).map((e) => e.text) : [];
      this.sections.set(name, new Section(texts));
    }
    const numFmts = this.section('numFmts');
    if (numFmts) {
      const { from, to } = innerRange(numFmts);
      for (const { tag } of elements(this.xml, 'numFmt', from, to)) {
        const id = Number(attribute(tag, 'numFmtId'));
        const code = attribute(tag, 'formatCode');
        if (!Number.isInteger(id)) continue;
        if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
        this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
      }
    }
    const fonts = this.section('fonts');
    const font0 = fonts ? elements(this.xml, 'font', innerRange(fonts).from, innerRange(fonts).to)[0]?.text : undefined;
    const val = (local: string) => (font0 ? attribute(elements(font0, local)[0]?.tag ?? '', 'val') : undefined);
    this.defaultFont = { name: val('name'), family: val('family'), size: val('sz') ?? '11' };
  }

  /** The section element `<fonts>` (exactly the root's prefix, never an extension's `<x14:dxfs>`). */
  private section(name: string) {
    const qualified = `${this.prefix}${name}`;
    return elements(this.xml as string, name).find((e) => new RegExp(`^<${qualified}(?=[\\s/>])`).test(e.tag));
  }

  private q(local: string): string {
    return `${this.prefix}${local}`;
  }

  private el(local: string, attrs: string, inner = ''): string {
    return inner ? `<${this.q(local)}${attrs}>${inner}</${this.q(local)}>` : `<${this.q(local)}${attrs}/>`;
  }

  private add(section: string, text: string): number {
    return (this.sections.get(section) as Section).id(text);
  }

  private numFmtId(code: string | undefined): number {
    if (!code || code === GENERAL) return 0;
    if (BUILT_IN_IDS[code] !== undefined) return BUILT_IN_IDS[code];
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = this.nextNumFmtId++;
      this.numFmtIds.set(code, id);
      this.add('numFmts', this.el('numFmt', ` numFmtId="${id}" formatCode="${escapeXml(code)}"`));
    }
    return id;
  }

  private fontId(style: LayeredStyle): number {
    if (!style.bold && !style.italic && style.fontSize === undefined && !style.fontColor) return 0;
    const { name, family, size } = this.defaultFont;
    const inner =
      (style.bold ? this.el('b', '') : '') +
      (style.italic ? this.el('i', '') : '') +
      this.el('sz', ` val="${style.fontSize ?? size}"`) +
      (style.fontColor ? this.el('color', ` rgb="${argb(style.fontColor)}"`) : '') +
      (name ? this.el('name', ` val="${escapeXml(name)}"`) : '') +
      (family ? this.el('family', ` val="${escapeXml(family)}"`) : '');
    return this.add('fonts', this.el('font', '', inner));
  }

  private fillId(style: LayeredStyle): number {
    if (!style.fill) return 0;
    const pattern = this.el('patternFill', ' patternType="solid"', this.el('fgColor', ` rgb="${argb(style.fill)}"`) + this.el('bgColor', ' indexed="64"'));
    return this.add('fills', this.el('fill', '', pattern));
  }

  private borderId(style: LayeredStyle): number {
    if (!style.border) return 0;
    const side = (local: string) => this.el(local, ' style="thin"', this.el('color', ' indexed="64"'));
    return this.add('borders', this.el('border', '', side('left') + side('right') + side('top') + side('bottom') + this.el('diagonal', '')));
  }

  /** The cell format index (`s`) for a layered style; 0 for no style at all. */
  xf(style: LayeredStyle): number {
    const key = JSON.stringify(style);
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numFmtId(style.numFmt);
    const fontId = this.fontId(style);
    const fillId = this.fillId(style);
    const borderId = this.borderId(style);
    const hasAlignment = style.wrap !== undefined || style.horizontal || style.vertical;
    let id = 0;
    if (numFmtId || fontId || fillId || borderId || hasAlignment) {
      const align = hasAlignment
        ? this.el(
            'alignment',
            (style.horizontal ? ` horizontal="${style.horizontal}"` : '') +
              (style.vertical ? ` vertical="${style.vertical === 'middle' ? 'center' : style.vertical}"` : '') +
              (style.wrap ? ' wrapText="1"' : ''),
          )
        : '';
      const attrs =
        ` numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
        (numFmtId ? ' applyNumberFormat="1"' : '') +
        (fontId ? ' applyFont="1"' : '') +
        (fillId ? ' applyFill="1"' : '') +
        (borderId ? ' applyBorder="1"' : '') +
        (hasAlignment ? ' applyAlignment="1"' : '');
      id = this.add('cellXfs', this.el('xf', attrs, align));
    }
    this.xfIds.set(key, id);
    return id;
  }

  /** A differential format (conditional formatting): solid background and optional font colour. */
  dxf(fill: string, fontColor?: string): number {
    const font = fontColor ? this.el('font', '', this.el('color', ` rgb="${argb(fontColor)}"`)) : '';
    const pattern = this.el('fill', '', this.el('patternFill', ' patternType="solid"', this.el('bgColor', ` rgb="${argb(fill)}"`)));
    return this.add('dxfs', this.el('dxf', '', font + pattern));
  }

  /** True when the stylesheet must be written (new part, or entries appended). */
  get changed(): boolean {
    return this.created || [...this.sections.values()].some((s) => s.added.length > 0);
  }

  /** The stylesheet with Opora's entries appended to their sections (the original text when nothing was added). */
  toXml(): string {
    if (this.written !== undefined) return this.written;
    let xml = this.xml as string;
    for (const [name, section] of this.sections) {
      if (section.added.length === 0) continue;
      this.xml = xml;
      const found = this.section(name);
      if (found) {
        const open = withAttribute(found.tag.replace(/\s*\/>$/, '>'), 'count', String(section.size));
        const { from, to } = innerRange(found);
        const inner = xml.slice(from, to) + section.added.join('');
        xml = splice(xml, found.start, found.end, `${open}${inner}</${this.q(name)}>`);
      } else {
        const text = `<${this.q(name)} count="${section.size}">${section.added.join('')}</${this.q(name)}>`;
        xml = splice(xml, this.insertAt(xml, name), this.insertAt(xml, name), text);
      }
    }
    this.xml = xml;
    this.written = xml;
    return xml;
  }

  private written: string | undefined;

  /** Where a missing section goes: before the first later section present, else before `</styleSheet>`. */
  private insertAt(xml: string, name: string): number {
    this.xml = xml;
    for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1)) {
      const found = this.section(later);
      if (found) return found.start;
    }
    return xml.lastIndexOf('</');
  }
}
