/**
 * Control points of every roadmap (seed 003: входной / промежуточный / итоговый мониторинг программ
 * перехода в эффективный режим), with deadline phrases resolved like the catalogue's. The final point is in
 * July, when the results of ГИА (main period) are known.
 */

export interface ControlPoint {
  name: string;
  deadline: string;
  responsible: string;
  checks: string;
}

export const CONTROL_POINTS: ControlPoint[] = [
  {
    name: 'Входной мониторинг',
    deadline: 'сентябрь – октябрь',
    responsible: 'Управление образования, ИМЦ',
    checks: 'Стартовые значения целевых показателей, дефициты ОО, готовность программы перехода в эффективный режим',
  },
  {
    name: 'Промежуточный мониторинг',
    deadline: 'январь',
    responsible: 'ИМЦ, руководитель ОО',
    checks: 'Выполнение мероприятий за полугодие, результаты полугодия и региональных диагностических работ',
  },
  {
    name: 'Итоговый мониторинг',
    deadline: 'июль',
    responsible: 'Управление образования',
    checks: 'Достижение целевых показателей по итогам ВПР и ГИА; решение о продолжении поддержки или выходе из перечня',
  },
];
