/**
 * What every document for signing is built from (the event plan, the roadmaps, the passport): the data, the
 * verdicts, the settings and measures, the district the documents are for, the plan year, and the attention
 * zone — computed once and shared, so the documents agree with each other.
 */
import type { Analysis, Dataset } from '../model';
import type { Settings } from '../settings/defaults';
import { attentionList, type AttentionEntry } from './attention';
import type { Measure } from './catalogue';
import { planYearOf } from './deadlines';
import type { DistrictName } from './district';

export interface DocumentContext {
  analysis: Analysis;
  dataset: Dataset;
  settings: Settings;
  measures: Measure[];
  district: DistrictName | null;
  planYear: number;
  attention: AttentionEntry[];
  attentionIds: ReadonlySet<string>;
}

export function documentContext(analysis: Analysis, dataset: Dataset, settings: Settings, measures: Measure[], district: DistrictName | null): DocumentContext {
  const attention = attentionList(analysis, settings);
  return {
    analysis,
    dataset,
    settings,
    measures,
    district,
    planYear: planYearOf(settings, analysis.year),
    attention,
    attentionIds: new Set(attention.map((a) => a.schoolId)),
  };
}
