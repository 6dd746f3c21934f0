/**
 * Property tests: whatever a sheet holds, recognition never throws, and every value it rejects becomes
 * a diagnostic naming its cell (never a silent 0).
 */
import fc from 'fast-check';
import type { CellValue } from '../../../src/engine/model';
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { a1 } from '../../../src/engine/a1';
import { parseValue } from '../../../src/engine/recognize/parseValue';
import { sheet } from '../../fixtures/layouts/grid';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 3000 }),
  fc.boolean(),
  fc.constantFrom('ОО', 'Участники', '«2»', '2023/2024', 'Итого', 'н/д', '45,5 %', '12 (40%)', 'ОГЭ', 'Русский язык', 'СОШ № 1', 'Год', 'Предмет'),
);

describe('property: the value parser', () => {
  it('never throws and returns a finite number, missing or invalid for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d ,.%()н/д-]{0,12}$/)), (s) => {
        const v = parseValue(s);
        if (v.kind === 'number') expect(Number.isFinite(v.value)).toBe(true);
        else expect(['missing', 'invalid']).toContain(v.kind);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('property: the recognizer', () => {
  it('never throws on random grids with random merges and tables', () => {
    const grid = fc.record({
      rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
      merges: fc.array(fc.tuple(fc.nat(12), fc.nat(6), fc.nat(2), fc.nat(3)), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (grids) => {
        const sheets = grids.map((g, i) => {
          const s = sheet(`Лист ${i} ОГЭ 2024`, g.rows);
          s.merges = g.merges.map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
          return s;
        });
        const { diagnostics } = buildDataset(sheets);
        for (const d of diagnostics) expect(typeof d.code).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('reports every unreadable value of a results sheet with its cell, and never reads it as a number', () => {
    const value: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.double(),
      fc.integer({ min: -5, max: 3000 }),
      fc.boolean(),
      fc.constantFrom('н/д', '45,5 %', '12 (40%)', '-', 'абв', '3,4', '1 234'),
    );
    const row = fc.tuple(fc.constantFrom('СОШ № 1', 'СОШ № 2', 'Ивановская ООШ', 'Лицей'), value, value, value);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), (rows) => {
        const grid = sheet('ОГЭ мат 2024', [['ОО', 'Участники', '«2»', 'Средний балл'], ...rows]);
        const { dataset, diagnostics } = buildDataset([grid]);
        const reported = new Set(diagnostics.filter((d) => d.code === 'value-unreadable' || d.code === 'value-out-of-range').map((d) => d.cell));
        const read = new Set(dataset.results.flatMap((r) => [r.counts.n, r.counts.m2, r.mean].filter(Boolean).map((s) => s!.source.cell)));
        rows.forEach((r, i) =>
          r.slice(1).forEach((v, j) => {
            const address = a1(i + 1, j + 1);
            if (parseValue(v).kind === 'invalid') {
              expect(reported.has(address)).toBe(true);
              expect(read.has(address)).toBe(false);
            }
          }),
        );
        for (const d of diagnostics) if (d.code.startsWith('value-')) expect(d).toMatchObject({ sheet: 'ОГЭ мат 2024', cell: expect.any(String) });
      }),
      { numRuns: 300 },
    );
  });
});
