/**
 * Which verdicts the settings switch off for every school: ШНОР when none of the rules listed as giving it
 * (R1, R3) is enabled, ШНСУ when its rule is off. A switched-off verdict is said so — in a warning that
 * names the cells and in the headline — never printed as «ШНОР — 0» or «ШНСУ — нет данных».
 */
import type { Settings } from './defaults';

export interface SwitchedOff {
  shnor: boolean;
  shnsu: boolean;
}

export function switchedOff(settings: Settings): SwitchedOff {
  const enabled = { R1: settings.r1.enabled, R3: settings.r3.enabled };
  return { shnor: !settings.lowResultsRules.some((rule) => enabled[rule]), shnsu: !settings.shnsu.enabled };
}
