/**
 * The account of every cell of a user sheet (`SheetCoverage`): while a sheet is read, the row classifier
 * and the readers say what each row was taken for (`row`) and which columns they took values from
 * (`useColumn`); `finish` then puts every remaining non-empty row and column somewhere with a reason —
 * titles and header rows, rows outside the table, columns not understood, not needed or personal — so
 * that rows and columns always add up. A column of numbers under a header Opora did not understand is a
 * warning naming its header cell and the meanings the user can type in `Опора · Сопоставление`.
 */
import { a1, columnLetter } from '../a1';
import type { CellValue, ColumnAccount, ColumnReason, Diagnostic, RowClass, RowGroup, RowReason, SheetCoverage, SheetGrid, SheetRole } from '../model';
import type { HeaderBlock } from '../recognize/header';
import { MEANINGS, meaningLabel } from '../recognize/headerSynonyms';
import { parseValue } from '../recognize/parseValue';
import { PERSONAL } from '../recognize/personalData';
import { cellText } from '../recognize/text';

/** Meaning groups whose labels are offered as examples for a sheet of each role. */
const ROLE_GROUP: Partial<Record<SheetRole, string>> = {
  results: 'result',
  confirmation: 'confirmation',
  markers: 'markers',
  contingent: 'contingent',
  staffing: 'staffing',
  programme: 'programme',
  register: 'register',
  approved: 'approved',
};
/** How many example meanings the warning names. */
const EXAMPLES = 4;

function isBlank(v: CellValue | undefined): boolean {
  return typeof v !== 'number' && cellText(v) === '';
}

/** What a row was taken for: its class and, for some classes, the reason. */
interface RowAccount {
  class: RowClass;
  reason?: RowReason;
}

/** One account object per class and reason, shared by every row given them (tens of thousands of school rows share one). */
const ROW_ACCOUNTS = new Map<RowClass, Map<RowReason | undefined, RowAccount>>();

function rowAccount(cls: RowClass, reason?: RowReason): RowAccount {
  let byReason = ROW_ACCOUNTS.get(cls);
  if (!byReason) ROW_ACCOUNTS.set(cls, (byReason = new Map()));
  let account = byReason.get(reason);
  if (!account) byReason.set(reason, (account = Object.freeze(reason ? { class: cls, reason } : { class: cls })));
  return account;
}

export class SheetAccount {
  /** What each 0-based row was taken for, by row (rows not told of are holes). */
  private readonly rows: (RowAccount | undefined)[] = [];
  /** Columns a reader took values from, by 0-based index (asked for every cell read). */
  private readonly used: boolean[] = [];

  constructor(
    readonly grid: SheetGrid,
    readonly role: SheetRole,
    readonly header?: HeaderBlock,
  ) {}

  /** Says what a 0-based row was taken for; a later call wins (a reader may skip a row the classifier took for a school). */
  row(row: number, cls: RowClass, reason?: RowReason): void {
    this.rows[row] = rowAccount(cls, reason);
  }

  /** The class a row was given so far. */
  classOf(row: number): RowClass | undefined {
    return this.rows[row]?.class;
  }

  /** A reader took values from this 0-based column. */
  useColumn(col: number): void {
    this.used[col] = true;
  }

  /** The complete account; `diagnostics` gets a warning for each column of numbers under a header not understood. */
  finish(diagnostics: Diagnostic[]): SheetCoverage {
    return { sheet: this.grid.name, role: this.role, rows: this.rowGroups(), columns: this.columnAccounts(diagnostics) };
  }

  private rowGroups(): RowGroup[] {
    const h = this.header;
    const groups = new Map<RowAccount, RowGroup>();
    const add = (r: number, cls: RowClass, reason?: RowReason): void => {
      const account = rowAccount(cls, reason);
      let g = groups.get(account);
      if (!g) groups.set(account, (g = { class: cls, ...(reason ? { reason } : {}), rows: [] }));
      g.rows.push(r + 1);
    };
    this.grid.values.forEach((cells, r) => {
      if (cells.every(isBlank)) return;
      const known = this.rows[r];
      if (!h || this.role === 'unknown' || this.role === 'opora') add(r, 'skipped', 'sheet-not-read');
      else if (r < h.top) add(r, 'title');
      else if (r <= h.bottom) add(r, 'header');
      else if (known) add(r, known.class, known.reason);
      else if (r <= h.lastRow && cells.slice(h.left, h.right + 1).some((v) => !isBlank(v))) add(r, 'skipped', 'no-school');
      else add(r, 'skipped', 'outside-table');
    });
    return [...groups.values()];
  }

  private columnAccounts(diagnostics: Diagnostic[]): ColumnAccount[] {
    const width = this.grid.values.reduce((w, cells) => Math.max(w, cells.length), 0);
    const out: ColumnAccount[] = [];
    for (let c = 0; c < width; c++) {
      if (this.grid.values.every((cells) => isBlank(cells[c]))) continue;
      const info = this.header?.columns.find((x) => x.col === c);
      const header = info?.header ?? '';
      const letter = columnLetter(c);
      const account = (used: boolean, reason?: ColumnReason): ColumnAccount => ({
        letter,
        header,
        used,
        ...(info?.meaning ? { meaning: info.meaning } : {}),
        ...(reason ? { reason } : {}),
      });
      if (!this.header || this.role === 'unknown' || this.role === 'opora') out.push(account(false, 'sheet-not-read'));
      else if (info?.meaning === PERSONAL) out.push(account(false, 'personal'));
      else if (this.used[c]) out.push(account(true));
      else if (!info) out.push(account(false, c < this.header.left || c > this.header.right ? 'outside-table' : 'no-header'));
      else if (info.meaning) out.push(account(false, 'not-needed'));
      else {
        out.push(account(false, header === '' ? 'no-header' : 'not-understood'));
        if (this.holdsNumbers(c)) diagnostics.push(this.numbersWarning(c, header));
      }
    }
    return out;
  }

  /** Most filled cells of the column in school rows are numbers. */
  private holdsNumbers(col: number): boolean {
    let numbers = 0;
    let filled = 0;
    for (let r = 0; r < this.rows.length; r++) {
      if (this.rows[r]?.class !== 'school') continue;
      const v = this.grid.values[r]?.[col];
      if (isBlank(v)) continue;
      filled++;
      if (parseValue(v).kind === 'number') numbers++;
    }
    return numbers > 0 && numbers * 2 >= filled;
  }

  private numbersWarning(col: number, header: string): Diagnostic {
    const group = ROLE_GROUP[this.role];
    const examples = MEANINGS.filter((m) => m.group === group).slice(0, EXAMPLES).map((m) => meaningLabel(m.id)).map((l) => (l.startsWith('«') ? l : `«${l}»`));
    return {
      severity: 'warning',
      code: 'column-not-understood',
      sheet: this.grid.name,
      cell: a1(this.header!.bottom, col),
      column: columnLetter(col),
      header,
      examples: examples.length > 0 ? examples.join(', ') : '«Участники», «2»',
    };
  }
}
