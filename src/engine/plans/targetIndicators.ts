/**
 * Indicators a plan sets targets for: the label a reader sees and which way is better (which decides
 * the district's «better» quartile: Q1 where lower is better, Q3 where higher is better).
 */

export interface TargetIndicator {
  label: string;
  lowerIsBetter: boolean;
}

export const TARGET_INDICATORS: Record<string, TargetIndicator> = {
  fail: { label: 'Доля «2» (не преодолели порог)', lowerIsBetter: true },
  success: { label: 'Успеваемость', lowerIsBetter: false },
  quality: { label: 'Качество знаний', lowerIsBetter: false },
  lower: { label: 'Доля понизивших отметку', lowerIsBetter: true },
  higher: { label: 'Доля повысивших отметку', lowerIsBetter: true },
  confirm: { label: 'Доля подтвердивших отметку', lowerIsBetter: false },
};
