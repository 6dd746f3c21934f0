/**
 * Indicators a plan sets targets for: the label a reader sees and which way is better (which decides
 * the district's «better» quartile: Q1 where lower is better, Q3 where higher is better).
 */

export interface TargetIndicator {
  label: string;
  lowerIsBetter: boolean;
}

export const TARGET_INDICATORS: Record<string, TargetIndicator> = {
  fail: { label: 'Доля участников, получивших «2»', lowerIsBetter: true },
  success: { label: 'Доля участников, получивших «3», «4» или «5» (успеваемость)', lowerIsBetter: false },
  quality: { label: 'Доля участников, получивших «4» или «5» (качество знаний)', lowerIsBetter: false },
  lower: { label: 'Доля обучающихся, понизивших отметку на ВПР', lowerIsBetter: true },
  higher: { label: 'Доля обучающихся, повысивших отметку на ВПР', lowerIsBetter: true },
  confirm: { label: 'Доля обучающихся, подтвердивших отметку на ВПР', lowerIsBetter: false },
};
