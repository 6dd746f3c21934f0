/**
 * What every `Опора · …` sheet builder is built from, computed once per run by `planOutputs` and passed whole
 * to each builder: the data, the analysis and its indicator index, the settings and measures, the district the
 * documents are for, the plan year, the attention zone and the school names. Built once, so the sheets and the
 * documents for signing agree with each other and no builder rebuilds a map of its own.
 */
import { groupBy } from '../groupBy';
import { indicatorIndex, type IndicatorIndex } from '../indicators/lookup';
import { explainRule } from '../flags/explain';
import type { Analysis, Dataset, IndicatorId, IndicatorValue } from '../model';
import type { RuleRecord } from '../ruleRecords';
import type { Settings } from '../settings/defaults';
import { attentionList, type AttentionEntry } from './attention';
import type { Measure } from './catalogue';
import { planYearOf } from './deadlines';
import type { DistrictName } from './district';
import { schoolNames, type SchoolNames } from './schoolNames';

export interface SheetInput {
  analysis: Analysis;
  dataset: Dataset;
  settings: Settings;
  measures: Measure[];
  /** The district the documents are for (null: neither typed in settings nor read from a title). */
  district: DistrictName | null;
  /** The analysis's indicators, indexed. */
  index: IndicatorIndex;
  /**
   * Every school's values of one indicator, all years, in calculation order: what the sheets that read one
   * indicator across the district (dynamics, monitoring, passport, indicators) scan instead of all values.
   */
  valuesOf(id: IndicatorId): readonly IndicatorValue[];
  /** A rule record's explanation (`explainRule`), worded once: the flags sheet and the JSON summary both show it. */
  explain(record: RuleRecord): string;
  names: SchoolNames;
  /** The year the plans are for (`settings.planYear`, else the calculation year). */
  planYear: number;
  /** Unflagged schools close to the flags (`plans/attention.ts`), and their ids. */
  attention: AttentionEntry[];
  attentionIds: ReadonlySet<string>;
}

export function sheetInput(parts: { analysis: Analysis; dataset: Dataset; settings: Settings; measures: Measure[]; district: DistrictName | null }): SheetInput {
  const { analysis, dataset, settings } = parts;
  const attention = attentionList(analysis, settings);
  const byIndicator = groupBy(analysis.indicators.values, (v) => v.id);
  const explanations = new Map<RuleRecord, string>();
  return {
    ...parts,
    index: indicatorIndex(analysis.indicators),
    valuesOf: (id) => byIndicator.get(id) ?? [],
    explain(record) {
      let text = explanations.get(record);
      if (text === undefined) explanations.set(record, (text = explainRule(record, dataset)));
      return text;
    },
    names: schoolNames(dataset),
    planYear: planYearOf(settings, analysis.year),
    attention,
    attentionIds: new Set(attention.map((a) => a.schoolId)),
  };
}
