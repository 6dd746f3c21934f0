/** The five-school district shared by the analysis and output-sheet tests. */
import type { Dataset } from '../../../src/engine/model';
import { contingent, emptyDataset, failRow, MATH9, RUS9, school, src } from './build';

/**
 * Five schools, 20 pupils per procedure. A fails half its pupils in both years (R1); E has 40 % in 2026
 * and exactly 30 % in ОГЭ рус 2025 (R1 at the default threshold only). C and D have the heaviest social
 * passports (ШНСУ) and good results (резильентные). The approved list holds A, B and D.
 */
export function fiveSchools(): Dataset {
  const d = emptyDataset();
  d.schools = [school('A', { level: 'СОШ' }), school('B', { level: 'СОШ' }), school('C', { level: 'ООШ' }), school('D', { level: 'СОШ' }), school('E', { level: 'СОШ' })];
  const fails: Record<string, [number, number, number, number]> = {
    // rus 2025, math 2025, rus 2026, math 2026 («2» of 20)
    A: [10, 10, 10, 10],
    B: [0, 0, 0, 0],
    C: [0, 0, 0, 0],
    D: [0, 0, 0, 1],
    E: [6, 2, 8, 8],
  };
  for (const [id, [r25, m25, r26, m26]] of Object.entries(fails)) {
    d.results.push(failRow(id, 2025, RUS9, 20, r25), failRow(id, 2025, MATH9, 20, m25), failRow(id, 2026, RUS9, 20, r26), failRow(id, 2026, MATH9, 20, m26));
  }
  const social: Record<string, [number, number, number, number]> = { A: [10, 1, 0, 1], B: [10, 1, 0, 1], C: [40, 10, 5, 8], D: [20, 2, 1, 2], E: [10, 1, 0, 1] };
  d.contingent = Object.entries(social).map(([id, [inc, reg, nn, dis]]) => contingent(id, 100, { incomplete_family: inc, registered: reg, non_native: nn, disability: dis }));
  d.approved = ['A', 'B', 'D'].map((id, i) => ({ schoolId: id, yearIncluded: 2024, source: src('Перечень ШНОР', `B${i + 3}`) }));
  return d;
}
