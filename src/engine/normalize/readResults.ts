/**
 * Results sheets (ОГЭ/ЕГЭ/ВПР/ККР) in every layout: long (one row per school × year × procedure),
 * wide (year or subject groups over sub-columns), one sheet per procedure. Each row yields one record
 * per column group; the context of a group comes from the row's columns, the header group, the title
 * and the sheet name, in that order. Totals, subtotals and region / Russia rows become reference
 * records; totals and subtotals are checked against the school rows they sum; counts win over
 * percents, which are cross-checked.
 */
import type { RecognitionFields } from '../diagnostics';
import type { CellRef, CountField, Diagnostic, Procedure, ReferenceRecord, RefusedValue, ResultRecord, ShareField, Sourced } from '../model';
import { groupBy } from '../groupBy';
import { procedureKey } from '../procedures';
import { impliedGrade, mergeContexts, type Context } from '../recognize/context';
import type { ColumnInfo } from '../recognize/header';
import type { SheetLayout } from '../recognize/recognizeSheet';
import type { SheetAccount } from './coverage';
import type { Pending } from './pending';
import { countsFromShares, rebuiltCountsNote, refuseImpossibleCounts, type MarkField } from './resultChecks';
import { SheetReader } from './sheetReader';
import { classifyRows } from './tableRows';

export type PendingResult = Pending<ResultRecord>;

const COUNT_FIELDS: CountField[] = ['n', 'm2', 'm3', 'm4', 'm5'];
const SHARE_FIELDS: ShareField[] = ['fail', 'success', 'quality'];
/** A share is dropped when the counts it is made of are there (counts win). */
const SHARE_FROM_COUNTS: Record<ShareField, CountField[]> = { fail: ['n', 'm2'], success: ['n', 'm3', 'm4', 'm5'], quality: ['n', 'm4', 'm5'] };
/** |share − count ÷ n| above this is more than rounding to 0.1 %… 1 %. */
const SHARE_TOLERANCE = 0.006;

/** What a results column may lack to be read: the assessment, the subject or the year. */
type Lacking = RecognitionFields['context-missing']['what'];
/** Shares of «3», «4», «5»: read only to rebuild their counts (a shares-only table has no other source of them). */
const MARK_SHARES: Record<string, MarkField> = { share3: 'm3', share4: 'm4', share5: 'm5' };
const MEASURES = [...COUNT_FIELDS, ...SHARE_FIELDS, ...Object.keys(MARK_SHARES), 'mean'];
const MARKS: CountField[] = ['m2', 'm3', 'm4', 'm5'];

interface Values {
  counts: Partial<Record<CountField, Sourced>>;
  shares: Partial<Record<ShareField, Sourced>>;
  markShares: Partial<Record<MarkField, Sourced>>;
  mean?: Sourced;
}

/** How a column of a group is read: the field of the row's values it fills (decided once per sheet). */
type Reading =
  | { column: ColumnInfo; kind: 'count'; field: CountField }
  | { column: ColumnInfo; kind: 'share'; field: ShareField }
  | { column: ColumnInfo; kind: 'markShare'; field: MarkField }
  | { column: ColumnInfo; kind: 'mean' };

/** A row's context as the procedure and year of a group's records, with what it lacks. */
interface GroupContext {
  ctx: Context;
  lacking: Lacking[];
  procedure?: Procedure;
}

interface Group {
  columns: ColumnInfo[];
  readings: Reading[];
  context: Context;
  label: string;
  /** The group's context by row context (rows that say the same share one): their records share one procedure object. */
  contexts: Map<Readonly<Context>, GroupContext>;
}

function readingOf(column: ColumnInfo): Reading {
  const m = column.meaning as string;
  if ((COUNT_FIELDS as string[]).includes(m)) return { column, kind: 'count', field: m as CountField };
  if ((SHARE_FIELDS as string[]).includes(m)) return { column, kind: 'share', field: m as ShareField };
  if (MARK_SHARES[m]) return { column, kind: 'markShare', field: MARK_SHARES[m] };
  return { column, kind: 'mean' };
}

function groupsOf(reader: SheetReader): Group[] {
  const byLabel = new Map<string, ColumnInfo[]>();
  for (const c of reader.columns(MEASURES)) {
    const list = byLabel.get(c.group) ?? [];
    list.push(c);
    byLabel.set(c.group, list);
  }
  return [...byLabel].map(([label, columns]) => ({ label, columns, readings: columns.map(readingOf), context: columns[0].groupContext, contexts: new Map() }));
}

/** The values of a group's columns on a row; undefined when none holds a value. */
function readValues(reader: SheetReader, row: number, group: Group): Values | undefined {
  const v: Values = { counts: {}, shares: {}, markShares: {} };
  let read = false;
  for (const r of group.readings) {
    let x: Sourced | undefined;
    if (r.kind === 'count') {
      x = v.counts[r.field] ? undefined : reader.count(row, r.column);
      if (x) v.counts[r.field] = x;
    } else if (r.kind === 'share') {
      x = v.shares[r.field] ? undefined : reader.share(row, r.column);
      if (x) v.shares[r.field] = x;
    } else if (r.kind === 'markShare') {
      x = v.markShares[r.field] ? undefined : reader.share(row, r.column);
      if (x) v.markShares[r.field] = x;
    } else if (!v.mean) {
      x = reader.number(row, r.column);
      if (x) v.mean = x;
    }
    if (x) read = true;
  }
  return read ? v : undefined;
}

/** Shares of a group's columns that `SheetReader.share` refused (above 100 %). */
function refusedShares(reader: SheetReader, row: number, group: Group): RefusedValue[] {
  const out: RefusedValue[] = [];
  for (const r of group.readings) {
    if (r.kind !== 'share' && r.kind !== 'markShare') continue;
    const source = reader.refusedAt(row, r.column);
    if (source) out.push({ field: r.field, reason: 'share-above-100', source });
  }
  return out;
}

/** What a record keeps: the shares of «3»…«5» served only to rebuild counts. */
function recordValues(v: Values): Omit<Values, 'markShares'> {
  return { counts: v.counts, shares: v.shares, ...(v.mean ? { mean: v.mean } : {}) };
}

/** Nobody sat: no participants and no marks above zero (a mean of 0 then is missing, not a result). */
function nobodySat(v: Values): boolean {
  const marks = MARKS.some((f) => (v.counts[f]?.value ?? 0) > 0);
  return !marks && (v.counts.n === undefined || v.counts.n.value === 0) && (v.mean === undefined || v.mean.value === 0) &&
    SHARE_FIELDS.every((f) => v.shares[f] === undefined) && Object.keys(v.markShares).length === 0;
}

/** Cross-checks «2» ÷ n against the fail share, then drops every share its counts already give. */
function reconcile(v: Values, sheet: string, diagnostics: Diagnostic[]): void {
  const { n, m2 } = v.counts;
  const fail = v.shares.fail;
  if (n && m2 && fail && n.value > 0 && Math.abs(m2.value / n.value - fail.value) > SHARE_TOLERANCE) {
    diagnostics.push({
      severity: 'warning',
      code: 'count-share-mismatch',
      sheet,
      cell: fail.source.cell,
      share: `${(fail.value * 100).toFixed(1)} %`,
      countCell: m2.source.cell,
      nCell: n.source.cell,
      computed: `${((m2.value / n.value) * 100).toFixed(1)} %`,
    });
  }
  for (const f of SHARE_FIELDS) if (v.shares[f] && SHARE_FROM_COUNTS[f].every((c) => v.counts[c])) delete v.shares[f];
}

function procedureOf(ctx: Context): Procedure | undefined {
  if (!ctx.assessment || !ctx.subject) return undefined;
  const grade = impliedGrade(ctx);
  return { assessment: ctx.assessment, subject: ctx.subject, ...(grade !== undefined ? { grade } : {}) };
}

/** A group's merged context: what it lacks of assessment, subject and year, and its procedure when it lacks nothing. */
function groupContext(ctx: Context): GroupContext {
  const lacking = ([!ctx.assessment && 'assessment', !ctx.subject && 'subject', ctx.year === undefined && 'year'] as const).filter((w): w is Lacking => w !== false);
  return { ctx, lacking, ...(lacking.length === 0 ? { procedure: procedureOf(ctx) } : {}) };
}

export interface ResultsRead {
  results: PendingResult[];
  references: ReferenceRecord[];
}

export function readResults(layout: SheetLayout, diagnostics: Diagnostic[], account?: SheetAccount): ResultsRead {
  const reader = new SheetReader(layout, diagnostics, account);
  const groups = groupsOf(reader);
  const rows = classifyRows(layout.grid, reader.header, reader.account);
  const grouped = rows.some((r) => r.kind === 'municipality');
  const results: PendingResult[] = [];
  const references: PendingReference[] = [];
  const missing = new Map<Lacking, Set<string>>();
  let municipality: string | undefined;
  const rebuilt: CellRef[] = [];

  const contextOf = (rowContext: Readonly<Context>, group: Group, report: boolean): GroupContext => {
    let known = group.contexts.get(rowContext);
    if (!known) {
      known = groupContext(mergeContexts(layout.context, group.context, rowContext));
      group.contexts.set(rowContext, known);
    }
    for (const what of report ? known.lacking : []) {
      const set = missing.get(what) ?? new Set<string>();
      group.columns.forEach((c) => set.add(c.letter));
      missing.set(what, set);
    }
    return known;
  };

  for (const r of rows) {
    if (r.kind === 'skipped') continue;
    if (r.kind === 'municipality') municipality = r.label;
    if (r.kind === 'school') {
      const occ = reader.occurrence(r.row, municipality);
      if (!occ) {
        reader.account.row(r.row, 'skipped', 'no-school');
        continue;
      }
      let any = false;
      let read = false;
      const rowContext = reader.rowContext(r.row);
      for (const group of groups) {
        const v = readValues(reader, r.row, group);
        if (!v || nobodySat(v)) continue;
        const { ctx, procedure } = contextOf(rowContext, group, true);
        any = true;
        if (!procedure) continue;
        const refused = refusedShares(reader, r.row, group);
        refused.push(...refuseImpossibleCounts(v, layout.grid.name, diagnostics));
        // A row with a refused value gets nothing rebuilt from its other cells.
        if (refused.length === 0) rebuilt.push(...countsFromShares(v));
        reconcile(v, layout.grid.name, diagnostics);
        const record: Omit<ResultRecord, 'schoolId'> = { year: ctx.year!, procedure, counts: v.counts, shares: v.shares };
        if (v.mean) record.mean = v.mean;
        if (refused.length > 0) record.refused = refused;
        results.push({ occ, row: r.row, record });
        read = true;
      }
      if (any && !read) reader.account.row(r.row, 'skipped', 'no-context');
      if (!any) {
        diagnostics.push({ severity: 'info', code: 'no-participants', sheet: occ.source.sheet, cell: occ.source.cell, name: occ.spelling });
      }
      continue;
    }
    const rowContext = reader.rowContext(r.row);
    for (const group of groups) {
      const v = readValues(reader, r.row, group);
      if (!v) continue;
      const { ctx, procedure } = contextOf(rowContext, group, false);
      if (!procedure) continue;
      refuseImpossibleCounts(v, layout.grid.name, diagnostics);
      reconcile(v, layout.grid.name, diagnostics);
      const scope = r.kind === 'municipality' ? 'municipality' : r.kind === 'reference' || grouped ? 'region' : r.scope;
      references.push({
        scope,
        label: r.label,
        year: ctx.year!,
        procedure,
        ...recordValues(v),
        row: r.row,
        // A region or Russia row under the district's schools is a comparator, not their sum.
        sums: r.kind === 'municipality' || (r.kind === 'total' && !r.average),
        ...(r.kind === 'municipality' ? { municipality: r.label } : {}),
      });
    }
  }

  for (const [what, letters] of missing) {
    diagnostics.push({
      severity: 'warning',
      code: 'context-missing',
      sheet: layout.grid.name,
      columns: [...letters].join(', '),
      what,
    });
  }
  diagnostics.push(...rebuiltCountsNote(layout.grid.name, rebuilt));
  checkTotals(references, results, layout.grid.name, diagnostics);
  return { results, references: references.map(({ row: _row, municipality: _m, sums: _s, ...ref }) => ref) };
}

/** A reference row as read: `sums` when it is the sum of school rows (a total or a municipality subtotal). */
type PendingReference = ReferenceRecord & { row: number; municipality?: string; sums: boolean };

/** A total or municipality subtotal that disagrees with the sum of the school rows it sums is a warning naming both. */
function checkTotals(
  references: PendingReference[],
  results: PendingResult[],
  sheet: string,
  diagnostics: Diagnostic[],
): void {
  const sums = references.filter((ref) => ref.sums);
  if (sums.length === 0) return;
  const byProcedure = groupBy(results, (x) => `${x.record.year}|${procedureKey(x.record.procedure)}`);
  for (const ref of sums) {
    const members = (byProcedure.get(`${ref.year}|${procedureKey(ref.procedure)}`) ?? []).filter(
      (x) => !ref.municipality || x.occ.municipality === ref.municipality,
    );
    if (members.length === 0) continue;
    for (const f of COUNT_FIELDS) {
      const total = ref.counts[f];
      const cells = members.map((m) => m.record.counts[f]).filter((c): c is Sourced => c !== undefined);
      if (!total || cells.length === 0) continue;
      const sum = cells.reduce((s, c) => s + c.value, 0);
      if (Math.abs(sum - total.value) <= 0.5) continue;
      const range = cells.length === 1 ? cells[0].source.cell : `${cells[0].source.cell}:${cells[cells.length - 1].source.cell}`;
      diagnostics.push({
        severity: 'warning',
        code: 'total-mismatch',
        sheet,
        cell: total.source.cell,
        label: ref.label,
        total: total.value,
        range,
        sum,
      });
    }
  }
}
