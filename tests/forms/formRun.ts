/**
 * Runs a hand-built form through the whole pipeline (as the CLI does) and reads back what a user sees:
 * the schools found for a hand-count key, the ШНОР / ШНСУ / objectivity lists, and every text Opora
 * would show or write, to search for personal data.
 */
import type { SheetGrid } from '../../src/engine/model';
import { recalculate, type RecalcResult } from '../../src/engine/recalculate';
import type { Form, HandCount, SchoolKey } from '../fixtures/forms/handCount';

/** Lower case, ё→е, quotes dropped, «N»/«No» → «№», spaces collapsed: how a person compares names. */
function plain(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„']/g, '')
    .replace(/\b(n|no)\s*(?=\d)/g, '№ ')
    .replace(/№\s*/g, '№ ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function run(grids: SheetGrid[]): RecalcResult {
  return recalculate(grids);
}

/** The ids of the schools a key points at: every spelling of the school is searched. */
export function idsFor(result: RecalcResult, key: SchoolKey): string[] {
  return result.dataset.schools
    .filter((s) => [s.name, ...s.aliases.map((a) => a.name)].some((n) => plain(n).includes(plain(key.name))))
    .filter((s) => !key.municipality || plain(s.municipality ?? '').includes(plain(key.municipality)))
    .map((s) => s.id);
}

/** The one school a key points at; throws with the candidates when it is not exactly one. */
export function idOf(result: RecalcResult, key: SchoolKey): string {
  const ids = idsFor(result, key);
  if (ids.length !== 1) throw new Error(`«${key.name}» ${key.municipality ?? ''}: ${ids.length} schools (${ids.join(', ')})`);
  return ids[0];
}

export function expectedIds(result: RecalcResult, keys: SchoolKey[]): string[] {
  return keys.map((k) => idOf(result, k)).sort();
}

export function shnorIds(result: RecalcResult): string[] {
  return result.summary.verdicts.filter((v) => v.shnor === true).map((v) => v.schoolId).sort();
}

export function shnsuIds(result: RecalcResult): string[] {
  return result.summary.verdicts.filter((v) => v.shnsu === true).map((v) => v.schoolId).sort();
}

export function objectivityIds(result: RecalcResult): string[] {
  return result.summary.verdicts.filter((v) => v.objectivityRisk).map((v) => v.schoolId).sort();
}

/** Every text a user can see: the sheets Opora writes (diagnostics included) and the JSON summary. */
export function everythingShown(result: RecalcResult): string {
  return JSON.stringify(result.output) + JSON.stringify(result.summary);
}

/** Personal strings of the hand count that appear in anything Opora shows. */
export function leakedPersonalData(result: RecalcResult, expected: HandCount): string[] {
  const shown = everythingShown(result);
  return expected.personal.filter((p) => shown.includes(p));
}

/** Runs the form once per test file, on first use. */
export function lazyRun(form: Form): () => RecalcResult {
  let result: RecalcResult | undefined;
  return () => (result ??= run(form.build()));
}

/** The hand count's school count and calculation year, as the summary states them. */
export function expectSchoolsAndYear(result: RecalcResult, expected: HandCount): void {
  expect({ schools: result.summary.schools.length, year: result.summary.year }).toEqual({
    schools: expected.schools,
    year: expected.year,
  });
}

/** The ШНОР, ШНСУ and objectivity lists of the hand count. */
export function expectShnor(result: RecalcResult, expected: HandCount): void {
  expect(shnorIds(result)).toEqual(expectedIds(result, expected.shnor));
}

export function expectShnsu(result: RecalcResult, expected: HandCount): void {
  if (expected.shnsu === null) expect(result.summary.verdicts.map((v) => v.shnsu).filter((s) => s !== null)).toEqual([]);
  else expect(shnsuIds(result)).toEqual(expectedIds(result, expected.shnsu));
}

export function expectObjectivity(result: RecalcResult, expected: HandCount): void {
  expect(objectivityIds(result)).toEqual(expectedIds(result, expected.objectivity));
}

/** Error diagnostics on a sheet, as `sheet!cell`. */
export function errorCells(result: RecalcResult, sheet: string): string[] {
  return result.summary.diagnostics.filter((d) => d.severity === 'error' && d.sheet === sheet).map((d) => d.cell ?? '');
}
