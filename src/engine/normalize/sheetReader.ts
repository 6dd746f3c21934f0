/**
 * Reading cells of one recognized sheet: numbers with their source cell (an unreadable value becomes a
 * diagnostic naming its cell, never 0), shares as fractions (a column of «45,5» is percents, a column of
 * «0,455» or a percent-formatted cell is fractions; a share above 100 % is refused with an error naming
 * its cell), the school named in a row and the context a row's own columns give (year, subject, grade,
 * assessment).
 */
import type { CellRef, CellValue, Diagnostic, Sourced } from '../model';
import { columnLetter } from '../a1';
import { contextFromProcedure, parseGrade, parseYear, type Context } from '../recognize/context';
import type { ColumnInfo, HeaderBlock } from '../recognize/header';
import { parseValue } from '../recognize/parseValue';
import type { SheetLayout } from '../recognize/recognizeSheet';
import { findSubject } from '../recognize/subjects';
import { cellText, textKey } from '../recognize/text';
import { SheetAccount } from './coverage';
import { CODE_KINDS, type CodeKind, type Occurrence } from './schoolIdentity';
import { columnsWith } from './tableRows';

/** The value under a path of keys in nested Maps, made on first use (no key string is built). */
function atPath<V>(root: Map<unknown, unknown>, keys: readonly unknown[], make: () => V): V {
  let map = root;
  for (let i = 0; i < keys.length - 1; i++) {
    let next = map.get(keys[i]) as Map<unknown, unknown> | undefined;
    if (!next) map.set(keys[i], (next = new Map()));
    map = next;
  }
  const last = keys[keys.length - 1];
  if (!map.has(last)) map.set(last, make());
  return map.get(last) as V;
}

/** The values of a row's assessment, year, subject and grade cells (undefined where the sheet has no such column). */
type ContextCells = [CellValue | undefined, CellValue | undefined, CellValue | undefined, CellValue | undefined];

export class SheetReader {
  readonly header: HeaderBlock;
  private readonly percentScale = new Map<number, boolean>();
  private numbered = { row: -1, text: '' };
  /** Column letters by 0-based index, built once each. */
  private readonly letters: string[] = [];
  /** The first column of each meaning. */
  private readonly col = new Map<string, ColumnInfo>();
  /** Cells refused as impossible (a share above 100 %), by A1 address. */
  private readonly refusedCells = new Set<string>();
  /** The columns naming a row's school: the name (else the full name), the codes the sheet has, the municipality. */
  private readonly identity: {
    name?: ColumnInfo;
    codes: (readonly [CodeKind, ColumnInfo])[];
    municipality?: ColumnInfo;
  };
  /** The columns a row's own context comes from. */
  private readonly contextColumns: Partial<Record<'assessment' | 'year' | 'subject' | 'grade', ColumnInfo>>;
  /** Row contexts by the values of the row's context cells: a long table repeats a few, each read once. */
  private readonly contexts = new Map<unknown, unknown>();

  constructor(
    readonly layout: SheetLayout,
    private readonly diagnostics: Diagnostic[],
    /** Where the rows and columns read are accounted for (`Опора · Сопоставление`, `coverage[]`). */
    readonly account = new SheetAccount(layout.grid, layout.recognition.role, layout.header),
  ) {
    this.header = layout.header!;
    for (const c of this.header.columns) if (c.meaning && !this.col.has(c.meaning)) this.col.set(c.meaning, c);
    this.identity = {
      name: this.column('name') ?? this.column('fullName'),
      codes: CODE_KINDS.flatMap((kind) => {
        const col = this.column(kind);
        return col ? [[kind, col] as const] : [];
      }),
      municipality: this.column('municipality'),
    };
    this.contextColumns = {
      assessment: this.column('assessment'),
      year: this.column('year'),
      subject: this.column('subject'),
      grade: this.column('grade'),
    };
  }

  get sheet(): string {
    return this.layout.grid.name;
  }

  /** The first column with this meaning. */
  column(meaning: string): ColumnInfo | undefined {
    return this.col.get(meaning);
  }

  columns(meanings: string[]): ColumnInfo[] {
    return columnsWith(this.header, meanings);
  }

  ref(row: number, col: number): CellRef {
    const letter = (this.letters[col] ??= columnLetter(col));
    return { sheet: this.sheet, cell: letter + this.rowNumber(row) };
  }

  /** The 1-based number of a row as text, made once for all the cells read from the row. */
  private rowNumber(row: number): string {
    if (row !== this.numbered.row) this.numbered = { row, text: String(row + 1) };
    return this.numbered.text;
  }

  /** The raw value of a cell; the column counts as used. */
  cell(row: number, col: ColumnInfo): CellValue | undefined {
    this.account.useColumn(col.col);
    return this.layout.grid.values[row]?.[col.col];
  }

  text(row: number, col: ColumnInfo | undefined): string {
    return col ? cellText(this.cell(row, col)) : '';
  }

  /** A number from a cell, or undefined for missing; `blankIsZero` for marker tables. */
  number(row: number, col: ColumnInfo, blankIsZero = false): Sourced | undefined {
    const raw = this.cell(row, col);
    const parsed = parseValue(raw, this.layout.grid.numberFormats?.[row]?.[col.col]);
    const source = this.ref(row, col.col);
    if (parsed.kind === 'missing') return blankIsZero && cellText(raw) === '' ? { value: 0, source } : undefined;
    if (parsed.kind === 'invalid') {
      this.report('value-unreadable', row, col, parsed.text);
      return undefined;
    }
    return { value: parsed.value, source };
  }

  /** A count: a non-negative number. */
  count(row: number, col: ColumnInfo): Sourced | undefined {
    const v = this.number(row, col);
    if (v && v.value < 0) {
      this.report('value-out-of-range', row, col, String(v.value));
      return undefined;
    }
    return v;
  }

  /** A share as a fraction 0…1. */
  share(row: number, col: ColumnInfo): Sourced | undefined {
    const raw = this.cell(row, col);
    const parsed = parseValue(raw, this.layout.grid.numberFormats?.[row]?.[col.col]);
    if (parsed.kind !== 'number') return this.number(row, col);
    const value = parsed.fraction || !this.isPercentColumn(col) ? parsed.value : parsed.value / 100;
    if (value > 1 + 1e-9) {
      const cell = this.ref(row, col.col).cell;
      this.refusedCells.add(cell);
      this.diagnostics.push({ severity: 'error', code: 'value-share-above-100', sheet: this.sheet, cell, value: cellText(raw), column: col.header });
      return undefined;
    }
    if (value < 0) {
      this.report('value-out-of-range', row, col, cellText(raw));
      return undefined;
    }
    return { value, source: this.ref(row, col.col) };
  }

  /** The cell, if `share` refused it as a share above 100 %. */
  refusedAt(row: number, col: ColumnInfo): CellRef | undefined {
    const ref = this.ref(row, col.col);
    return this.refusedCells.has(ref.cell) ? ref : undefined;
  }

  /** A column written in percents (45,5) rather than fractions (0,455): «%» in its header or any value above 1. */
  private isPercentColumn(col: ColumnInfo): boolean {
    const known = this.percentScale.get(col.col);
    if (known !== undefined) return known;
    let percent = false;
    for (let r = this.header.bottom + 1; r <= this.header.lastRow && !percent; r++) {
      const p = parseValue(this.layout.grid.values[r]?.[col.col], this.layout.grid.numberFormats?.[r]?.[col.col]);
      if (p.kind === 'number' && !p.fraction && p.value > 1) percent = true;
    }
    this.percentScale.set(col.col, percent);
    return percent;
  }

  private report(code: 'value-unreadable' | 'value-out-of-range', row: number, col: ColumnInfo, value: string): void {
    this.diagnostics.push({ severity: 'warning', code, sheet: this.sheet, cell: this.ref(row, col.col).cell, value, column: col.header });
  }

  /** The school named in a row (codes by kind, the name or else the full name, the municipality column or the group's). */
  occurrence(row: number, municipality?: string): Occurrence | undefined {
    const { name: nameCol, codes: codeCols, municipality: municipalityCol } = this.identity;
    const codes: Occurrence['codes'] = {};
    for (const [kind, col] of codeCols) {
      const t = this.text(row, col);
      if (t !== '') codes[kind] = t;
    }
    const name = this.text(row, nameCol);
    const spelling = name !== '' ? name : (codes.code ?? codes.login ?? codes.ogrn ?? '');
    if (spelling === '') return undefined;
    const labelCol = name !== '' ? nameCol! : this.column(codes.code ? 'code' : codes.login ? 'login' : 'ogrn')!;
    const muni = this.text(row, municipalityCol) || municipality;
    const occ: Occurrence = { spelling, codes, source: this.ref(row, labelCol.col) };
    if (muni) occ.municipality = muni;
    return occ;
  }

  /**
   * What the row's own columns say; these win over header groups, titles and the sheet name. A
   * «Процедура» cell may say everything («ЕГЭ мат проф 11»); year, subject and grade columns win over it.
   * Rows whose context cells hold the same values share one (read-only) context.
   */
  rowContext(row: number): Readonly<Context> {
    const { assessment, year, subject, grade } = this.contextColumns;
    const cells: ContextCells = [
      assessment && this.layout.grid.values[row]?.[assessment.col],
      year && this.cell(row, year),
      subject && this.cell(row, subject),
      grade && this.cell(row, grade),
    ];
    return atPath(this.contexts, cells, () => this.readContext(cells));
  }

  private readContext([assessment, year, subject, grade]: ContextCells): Context {
    const columns = this.contextColumns;
    const ctx: Context = columns.assessment ? contextFromProcedure(assessment) : {};
    const y = columns.year ? parseYear(year) : undefined;
    if (y !== undefined) ctx.year = y;
    const subjectText = cellText(subject);
    if (subjectText !== '') ctx.subject = findSubject(textKey(subjectText)) ?? subjectText[0].toUpperCase() + subjectText.slice(1);
    const g = columns.grade ? parseGrade(grade) : undefined;
    if (g !== undefined) ctx.grade = g;
    return ctx;
  }
}
