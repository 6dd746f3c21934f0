/**
 * The pipeline (docs/ARCHITECTURE.md «The pipeline»): grids → recognize → calculate → plan outputs. Pure and synchronous;
 * exposed stage by stage so a UI can report progress between them, and as one `recalculate` call.
 */
import { analyse } from './flags/analyse';
import type { Analysis, Dataset, Diagnostic, OutputDocument, OutputSheet, SheetGrid } from './model';
import { buildDataset } from './normalize/buildDataset';
import { buildCatalogueSheet } from './output/catalogueSheet';
import { buildDiagnosticsSheet } from './output/diagnosticsSheet';
import { buildDynamicsSheet } from './output/dynamicsSheet';
import { buildEventPlanSheet } from './output/eventPlanSheet';
import { buildFlagsSheet } from './output/flagsSheet';
import { buildIndicatorsSheet } from './output/indicatorsSheet';
import { buildMappingSheet } from './output/mappingSheet';
import { buildMonitoringSheet } from './output/monitoringSheet';
import { advanceSnapshots, buildMetaSheet, metaSheetName, readMeta } from './output/meta';
import { resolveSheetNames } from './output/naming';
import { buildObjectivitySheet } from './output/objectivitySheet';
import { buildPassportSheet } from './output/passportSheet';
import { buildRiskProfilesSheet } from './output/riskProfilesSheet';
import { buildRoadmapSheets } from './output/roadmapSheet';
import { fitRowHeights } from './output/rowHeights';
import { buildSummarySheet } from './output/summarySheet';
import { lastResultRows } from './output/lastResult';
import { buildSummary, flagSnapshot, schoolPlaces, summariseDiagnostics, type Summary } from './output/summary';
import { looksOwned, OWNED_SHEETS, ownedGrid, type OwnedSheet } from './owned';
import { dynamicsRows } from './plans/dynamics';
import { monitoringRows } from './plans/monitoring';
import { districtDiagnostics, resolveDistrict, type DistrictName } from './plans/district';
import { readCatalogue, type Measure } from './plans/catalogue';
import { sheetInput } from './plans/sheetInput';
import type { Settings } from './settings/defaults';
import { buildSettingsSheet, readSettings } from './settings/settingsSheet';

export interface Recognized {
  grids: SheetGrid[];
  settings: Settings;
  /** The district the documents are for: typed in settings, else read from a title (null: neither). */
  district: DistrictName | null;
  dataset: Dataset;
  measures: Measure[];
  diagnostics: Diagnostic[];
}

export interface Calculated extends Recognized {
  analysis: Analysis;
}

export interface RecalcResult {
  output: OutputDocument;
  summary: Summary;
  diagnostics: Diagnostic[];
  dataset: Dataset;
  analysis: Analysis;
}

/** Reads settings, the measures catalogue and the data sheets. */
export function recognize(grids: SheetGrid[]): Recognized {
  const settings = readSettings(ownedGrid(grids, 'settings'));
  const catalogue = readCatalogue(ownedGrid(grids, 'catalogue'));
  const data = buildDataset(grids, settings.settings.currentYear);
  const district = resolveDistrict(settings.settings.districtName, grids, looksOwned);
  return {
    grids,
    settings: settings.settings,
    district,
    dataset: data.dataset,
    measures: catalogue.measures,
    diagnostics: [...data.diagnostics, ...settings.diagnostics, ...catalogue.diagnostics, ...districtDiagnostics(district)],
  };
}

/** Indicators, rules, verdicts. */
export function calculate(recognized: Recognized): Calculated {
  const { analysis, diagnostics } = analyse(recognized.dataset, recognized.settings);
  return { ...recognized, analysis, diagnostics: [...recognized.diagnostics, ...diagnostics] };
}

/** Builds every Opora sheet and decides names, removals and the `_opora` record. No I/O. */
export function planOutputs(calculated: Calculated): RecalcResult {
  const { grids, settings, dataset, analysis, measures, district } = calculated;
  const input = sheetInput({ analysis, dataset, settings, measures, district });
  const dynamics = dynamicsRows(input);
  const monitoring = monitoringRows(input);
  const meta = readMeta(grids);
  const content: OutputSheet[] = [
    buildIndicatorsSheet(input),
    buildFlagsSheet(input),
    buildRiskProfilesSheet(input),
    buildObjectivitySheet(input),
    buildEventPlanSheet(input),
    ...buildRoadmapSheets(input),
    buildPassportSheet(input),
    buildDynamicsSheet(input, dynamics),
    buildMonitoringSheet(input, monitoring),
    buildMappingSheet(input),
    buildSettingsSheet(settings),
    buildCatalogueSheet(),
  ];
  const preferred: OwnedSheet[] = [
    { key: 'summary', name: OWNED_SHEETS.summary },
    ...content.map(({ key, name }) => ({ key, name })),
    { key: 'diagnostics', name: OWNED_SHEETS.diagnostics },
  ];
  const { names, diagnostics: namingDiagnostics } = resolveSheetNames(
    preferred.map((s) => s.name),
    grids,
    meta.owned.map((s) => s.name),
  );
  const final = (name: string) => names.get(name) ?? name;
  for (const sheet of content) sheet.name = final(sheet.name);

  const diagnostics = [...calculated.diagnostics, ...namingDiagnostics];
  const owned = preferred.map(({ key, name }) => ({ key, name: final(name) }));
  const outputSheets = owned.map((s) => s.name);
  const snapshot = advanceSnapshots(meta, flagSnapshot(analysis));
  const summary = buildSummary({
    ...input,
    diagnostics,
    current: snapshot.current,
    baseline: snapshot.baseline,
    owned,
    places: schoolPlaces(content),
    dynamics,
    monitoring,
  });
  const summarySheet = buildSummarySheet(input, summary);
  summarySheet.name = final(summarySheet.name);
  const diagnosticsSheet = buildDiagnosticsSheet(summariseDiagnostics(diagnostics));
  diagnosticsSheet.name = final(diagnosticsSheet.name);

  const produced = new Set(outputSheets);
  const present = new Set(grids.map((g) => g.name));
  const removeSheets = meta.owned.map((s) => s.name).filter((n) => !produced.has(n) && present.has(n));
  const metaSheet = buildMetaSheet({ owned, ...snapshot }, metaSheetName(grids));
  const sheets = [summarySheet, ...content, diagnosticsSheet, metaSheet];
  sheets.forEach(fitRowHeights);
  // After fitting: the stored result is plain text in a very hidden sheet, no row is ever fitted to it.
  metaSheet.values.push(...lastResultRows(summary));
  return {
    output: {
      sheets,
      removeSheets,
      activate: summarySheet.name,
    },
    summary,
    diagnostics,
    dataset,
    analysis,
  };
}

/** The whole pipeline in one call: what the CLI, the ribbon button and tests use. */
export function recalculate(grids: SheetGrid[]): RecalcResult {
  return planOutputs(calculate(recognize(grids)));
}
