/**
 * The zoo's property for one layout: draw a district, render it, read it with Opora, and get the
 * district back — results (counts and so shares), passport counts, markers, confirmations, school
 * identities and years, exactly — and Opora's account of every row and column of every sheet adds up.
 * Runs `ZOO_RUNS` districts (200 by default, as in CI).
 */
import fc from 'fast-check';
import { calculate, recognize } from '../../src/engine/recalculate';
import { accountGaps } from '../forms/account';
import { districtArb } from './district';
import type { ZooLayout } from './layouts/layout';
import {
  contingentYears,
  districtConfirmations,
  districtContingent,
  districtMarkers,
  districtResults,
  readConfirmations,
  readContingent,
  readMarkers,
  readResults,
} from './readBack';

export const ZOO_RUNS = Number(process.env.ZOO_RUNS ?? 200);

export function checkLayout(layout: ZooLayout): void {
  fc.assert(
    fc.property(districtArb(layout.options), (district) => {
      const grids = layout.render(district);
      const recognized = recognize(grids);
      const ds = recognized.dataset;
      // every cell accounted for: rows read + classed + skipped, columns used or not
      expect(grids.flatMap((g) => accountGaps(g, ds.coverage.find((c) => c.sheet === g.name)))).toEqual([]);
      const latest = district.years[district.years.length - 1];
      if (layout.facets.includes('results')) {
        expect(readResults(district, ds)).toEqual(districtResults(district));
        expect([...new Set(ds.results.map((r) => r.year))].sort()).toEqual(district.years);
      }
      if (layout.facets.includes('contingent')) {
        expect(readContingent(district, ds)).toEqual(districtContingent(district));
        expect(contingentYears(ds).filter((y) => y !== undefined && y !== latest)).toEqual([]);
      }
      if (layout.facets.includes('markers')) expect(readMarkers(district, ds)).toEqual(districtMarkers(district));
      if (layout.facets.includes('confirmations')) expect(readConfirmations(district, ds)).toEqual(districtConfirmations(district));
      // with no results (markers alone) the calculation year is still the district's latest year; with
      // results, the years read above already decide it
      if (!layout.facets.includes('results') && district.markers.some((m) => m.year === latest)) {
        expect(calculate(recognized).analysis.year).toBe(latest);
      }
    }),
    // a failing layout stops at its first counterexample (set ZOO_SHRINK=1 to shrink it while fixing the reader)
    { numRuns: ZOO_RUNS, endOnFailure: process.env.ZOO_SHRINK !== '1' },
  );
}
