/**
 * The indicator catalogue of METHODOLOGY §2: display names, which indicators are shares, and the direction
 * of every social and staffing share (for ШНСУ a share where higher is better uses the lower quartile).
 */
import type { IndicatorId, SocialKey, StaffKey } from '../model';

/** Whether a higher value means more risk (`risk`) or a better situation (`better`). */
export type Direction = 'risk' | 'better';

export const SOCIAL_KEYS: { key: SocialKey; name: string; direction: Direction }[] = [
  { key: 'incomplete_family', name: 'из неполных семей', direction: 'risk' },
  { key: 'registered', name: 'на учёте (ПДН, КДН, ВШУ)', direction: 'risk' },
  { key: 'unemployed_parents', name: 'с обоими безработными родителями', direction: 'risk' },
  { key: 'guardianship', name: 'опекаемых', direction: 'risk' },
  { key: 'non_native', name: 'инофонов', direction: 'risk' },
  { key: 'disability', name: 'с ОВЗ', direction: 'risk' },
  { key: 'low_income', name: 'из малообеспеченных семей', direction: 'risk' },
  { key: 'large_family', name: 'из многодетных семей', direction: 'risk' },
  { key: 'parents_no_prof_edu', name: 'с родителями без профессионального образования', direction: 'risk' },
  { key: 'parents_higher_edu', name: 'с обоими родителями с высшим образованием', direction: 'better' },
  { key: 'part_time', name: 'на очно-заочной форме', direction: 'risk' },
];

export const STAFF_KEYS: { key: StaffKey; name: string }[] = [
  { key: 'pension_age', name: 'пенсионного возраста' },
  { key: 'top_category', name: 'с высшей категорией' },
  { key: 'first_category', name: 'с первой категорией' },
  { key: 'vacancies', name: 'вакансий к числу педагогов' },
  { key: 'no_ped_edu', name: 'без педагогического образования' },
  { key: 'pk_3y', name: 'прошедших ПК за 3 года' },
];

const BASE_NAMES: Record<string, string> = {
  n: 'Участники',
  fail: 'Доля «2» / не преодолели порог',
  success: 'Успеваемость',
  quality: 'Качество знаний',
  mean: 'Средний балл',
  lower: 'Понизили',
  confirm: 'Подтвердили',
  higher: 'Повысили',
};

/** The name of an indicator as shown in Opora's sheets. */
export function indicatorName(id: IndicatorId | string): string {
  if (id in BASE_NAMES) return BASE_NAMES[id];
  const [group, key] = id.split('.');
  if (group === 'social') return `Доля обучающихся ${SOCIAL_KEYS.find((s) => s.key === key)?.name ?? key}`;
  if (group === 'staff') return `Доля педагогов ${STAFF_KEYS.find((s) => s.key === key)?.name ?? key}`;
  return id;
}

/** True for indicators stored as fractions (everything but participants and the mean score). */
export function isShare(id: IndicatorId | string): boolean {
  return id !== 'n' && id !== 'mean';
}
