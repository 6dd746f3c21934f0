/**
 * The sheet builders' shared input for a test's dataset: analysed with the given settings (defaults
 * otherwise) unless an analysis is given, with the default measures and no district.
 */
import { analyse } from '../../src/engine/flags/analyse';
import type { Analysis, Dataset } from '../../src/engine/model';
import { DEFAULT_MEASURES } from '../../src/engine/plans/defaultMeasures';
import { sheetInput, type SheetInput } from '../../src/engine/plans/sheetInput';
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/settings/defaults';

export function inputOf(dataset: Dataset, analysis?: Analysis, settings: Settings = DEFAULT_SETTINGS): SheetInput {
  return sheetInput({ analysis: analysis ?? analyse(dataset, settings).analysis, dataset, settings, measures: DEFAULT_MEASURES, district: null });
}
