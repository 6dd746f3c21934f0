/**
 * The zoo: one generated district drawn as each layout districts keep, read back by Opora exactly
 * (property over ZOO_RUNS districts per layout, 200 by default): the ten layouts read before issue 10 and the
 * eight it added.
 */
import { confirmationByLogin, fisOkoMarkers, markerTable, passportLongHeaders, passportNoYear, sharesPassportFullNames } from './layouts/schoolTables';
import { egeRegionalForm, procedureColumn, regionRow, sharesOnly } from './layouts/issueResults';
import { fisOkoLong, groupedRegional, listObject, perProcedureSheets, simpleLong, tidy, wideSubjects, wideYears } from './layouts/supportedResults';
import fc from 'fast-check';
import { districtArb } from './district';
import { checkLayout, ZOO_RUNS } from './zooCheck';

const ZOO = [
  tidy,
  simpleLong,
  perProcedureSheets,
  wideYears,
  wideSubjects,
  listObject,
  groupedRegional,
  fisOkoLong,
  markerTable,
  sharesPassportFullNames,
  egeRegionalForm,
  fisOkoMarkers,
  passportNoYear,
  passportLongHeaders,
  confirmationByLogin,
  regionRow,
  sharesOnly,
  procedureColumn,
];

// A failing property passes `test.failing` whatever the cause: make sure the cause is never the zoo itself.
test('every renderer draws its districts without an error, each sheet non-empty', () => {
  for (const layout of ZOO) {
    for (const district of fc.sample(districtArb(layout.options), 20)) {
      const grids = layout.render(district);
      expect(grids.length).toBeGreaterThan(0);
      for (const g of grids) expect(g.values.flat().some((v) => v !== null)).toBe(true);
    }
  }
});

describe(`the zoo: ${ZOO_RUNS} generated districts per layout read back exactly`, () => {
  test(tidy.name, () => checkLayout(tidy));
  test(simpleLong.name, () => checkLayout(simpleLong));
  test(perProcedureSheets.name, () => checkLayout(perProcedureSheets));
  test(wideYears.name, () => checkLayout(wideYears));
  test(wideSubjects.name, () => checkLayout(wideSubjects));
  test(listObject.name, () => checkLayout(listObject));
  test(groupedRegional.name, () => checkLayout(groupedRegional));
  test(fisOkoLong.name, () => checkLayout(fisOkoLong));
  test(markerTable.name, () => checkLayout(markerTable));
  test(sharesPassportFullNames.name, () => checkLayout(sharesPassportFullNames));

  test(egeRegionalForm.name, () => checkLayout(egeRegionalForm));
  test(fisOkoMarkers.name, () => checkLayout(fisOkoMarkers));
  test(passportNoYear.name, () => checkLayout(passportNoYear));
  test(passportLongHeaders.name, () => checkLayout(passportLongHeaders));
  test(confirmationByLogin.name, () => checkLayout(confirmationByLogin));
  test(regionRow.name, () => checkLayout(regionRow));
  test(sharesOnly.name, () => checkLayout(sharesOnly));
  test(procedureColumn.name, () => checkLayout(procedureColumn));
});
