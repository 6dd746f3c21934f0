import type { OutputSheet } from '../../../src/engine/model';
import { buildCatalogueSheet } from '../../../src/engine/output/catalogueSheet';
import { buildEventPlanSheet } from '../../../src/engine/output/eventPlanSheet';
import { buildPassportSheet } from '../../../src/engine/output/passportSheet';
import { buildRoadmapSheets } from '../../../src/engine/output/roadmapSheet';
import { DEFAULT_MEASURES } from '../../../src/engine/plans/defaultMeasures';
import { makeAnalysis, makeDataset, makeSettings, docs } from './fixtures';

function rect(range: string): { top: number; left: number; bottom: number; right: number } {
  const cell = (a: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a)!;
    return { col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(digits) - 1 };
  };
  const [a, b = a] = range.split(':').map(cell);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

const overlaps = (x: ReturnType<typeof rect>, y: ReturnType<typeof rect>) =>
  x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;

function planSheets(perSchool: boolean): OutputSheet[] {
  const analysis = makeAnalysis();
  const dataset = makeDataset();
  const settings = makeSettings({ roadmapPerSchool: perSchool });
  return [
    buildCatalogueSheet(),
    buildEventPlanSheet(docs(analysis, dataset, settings, DEFAULT_MEASURES)),
    ...buildRoadmapSheets(docs(analysis, dataset, settings, DEFAULT_MEASURES)),
    buildPassportSheet(docs(analysis, dataset, settings)),
  ];
}

describe.each([false, true])('plan sheets are print-ready (one roadmap sheet per school: %s)', (perSchool) => {
  const sheets = planSheets(perSchool);

  test('print on A4 landscape at full width with header rows repeated on every page', () => {
    for (const s of sheets) {
      expect(s.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
      expect(s.print?.repeatRows).toMatch(/^\d+:\d+$/);
    }
  });

  test('merge only title rows, never cells of a filtered table', () => {
    for (const s of sheets) {
      for (const m of s.merges) {
        expect(rect(m).top).toBe(rect(m).bottom);
        if (s.autoFilter) expect(overlaps(rect(m), rect(s.autoFilter))).toBe(false);
      }
    }
  });

  test('never give a number the text format, which would store it as text', () => {
    for (const s of sheets) {
      const textRanges = s.numberFormats.filter((f) => f.format === '@').map((f) => rect(f.range));
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v !== 'number') return;
          const asText = textRanges.some((t) => r >= t.top && r <= t.bottom && c >= t.left && c <= t.right);
          expect({ sheet: s.name, cell: [r, c], asText }).toEqual({ sheet: s.name, cell: [r, c], asText: false });
        }),
      );
    }
  });

  test('give the measure text a readable width and every used column a width', () => {
    for (const s of sheets) {
      const used = Math.max(...s.values.map((r) => r.length));
      for (let c = 0; c < used; c++) expect(s.columnWidths[c]).toBeGreaterThan(0);
      expect(Math.max(...s.columnWidths)).toBeGreaterThanOrEqual(55);
    }
  });
});
