/** A rule context over a hand-built dataset, with settings overridden per test. */
import { calculateIndicators } from '../../../src/engine/indicators/calculate';
import { makeContext, type RuleContext } from '../../../src/engine/flags/context';
import type { Dataset } from '../../../src/engine/model';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/defaults';
import { cloneSettings } from '../../../src/engine/settings/settingsSheet';

export function settingsWith(change: (s: Settings) => void = () => undefined): Settings {
  const s = cloneSettings(DEFAULT_SETTINGS);
  change(s);
  return s;
}

export function ctxFor(dataset: Dataset, settings: Settings = settingsWith()): RuleContext {
  return makeContext(dataset, settings, calculateIndicators(dataset, settings.minN));
}
