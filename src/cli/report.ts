/**
 * The short Russian report printed after a recalculation: how many schools, how many are flagged ШНОР or
 * ШНСУ, each of them with its rule ids, how many carry other marks (objectivity risk, warnings), every
 * error line (a conclusion resting on missing or refused data), data problems, and where the output went.
 * Rendered from the summary.
 */
import { FLAG_KINDS, schoolsWith, summaryHeadline, type Summary } from '../engine';
import { REPORT } from './messages';

export interface ReportPaths {
  input: string;
  output: string;
  json?: string;
  backup?: string;
}

/** `opora … --strict` exits with this when the summary has an error. */
export const STRICT_EXIT = 3;
/** Error lines printed one by one; the rest are counted in one more line. */
const ERROR_LINES = 10;

export function hasErrors(summary: Summary): boolean {
  return summary.diagnostics.some((d) => d.severity === 'error');
}

/** One line per error (the first ERROR_LINES), so a conclusion resting on missing data is never silent. */
function errorLines(summary: Summary): string[] {
  const errors = summary.diagnostics.filter((d) => d.severity === 'error');
  const shown = errors.slice(0, ERROR_LINES).map((d) => REPORT.error(d.sheet ? `${d.sheet}${d.cell ? `!${d.cell}` : ''}: ${d.text}` : d.text));
  return errors.length > ERROR_LINES ? [...shown, REPORT.moreErrors(errors.length - ERROR_LINES)] : shown;
}

/** `Риск необъективности — 1 ОО` for every other kind present, in order of appearance. */
function otherMarks(summary: Summary): string[] {
  const kinds = [...new Set(summary.flags.map((f) => f.kind))].filter((k) => !FLAG_KINDS.includes(k));
  return kinds.map((kind) => REPORT.otherKind(kind, schoolsWith(summary.flags, [kind]).length));
}

export function renderReport(summary: Summary, paths: ReportPaths): string[] {
  const flagged = schoolsWith(summary.flags, FLAG_KINDS);
  const others = otherMarks(summary);
  const count = (severity: string) => summary.diagnostics.filter((d) => d.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  return [
    REPORT.done(paths.input),
    summaryHeadline(summary),
    ...flagged.map((s) => REPORT.flagged(s.name, s.rules.join(', '))),
    ...(others.length > 0 ? [REPORT.others(others.join('; '))] : []),
    ...errorLines(summary),
    ...(errors + warnings > 0 ? [REPORT.problems(errors, warnings)] : []),
    REPORT.output(paths.output),
    ...(paths.backup ? [REPORT.backup(paths.backup)] : []),
    ...(paths.json ? [REPORT.json(paths.json)] : []),
  ];
}
