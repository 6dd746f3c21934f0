/**
 * The quick-settings form as text fields, and its validation into QuickSettings. Russian users type
 * decimal commas and percent signs («30,5 %»); both are accepted.
 */
import type { QuickSettings } from './host';

export interface QuickSettingsForm {
  currentYear: string;
  failSharePercent: string;
  minN: string;
}

export type FormErrors = Partial<Record<keyof QuickSettingsForm, true>>;

function parseNumber(text: string): number | null {
  const cleaned = text.replace(/\s|%/g, '').replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function toForm(settings: QuickSettings): QuickSettingsForm {
  return {
    currentYear: settings.currentYear === undefined ? '' : String(settings.currentYear),
    // Rounded to hide binary noise (0.3 × 100 = 30.000000000000004).
    failSharePercent: String(Math.round(settings.failShare * 1000) / 10).replace('.', ','),
    minN: String(settings.minN),
  };
}

export function fromForm(form: QuickSettingsForm): { ok: true; settings: QuickSettings } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const year = form.currentYear.trim() === '' ? undefined : parseNumber(form.currentYear);
  if (year === null || (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100))) {
    errors.currentYear = true;
  }
  const percent = parseNumber(form.failSharePercent);
  if (percent === null || percent < 1 || percent > 100) errors.failSharePercent = true;
  const minN = parseNumber(form.minN);
  if (minN === null || !Number.isInteger(minN) || minN < 1 || minN > 1000) errors.minN = true;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      ...(year !== undefined && year !== null ? { currentYear: year } : {}),
      failShare: Math.round((percent as number) * 10) / 1000,
      minN: minN as number,
    },
  };
}
