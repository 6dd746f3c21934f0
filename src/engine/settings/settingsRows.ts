/**
 * The rows of `Опора · Настройки`, one per setting: its id, Russian name, how it is written and read, and
 * the source of its default (METHODOLOGY §3–§4). A new setting is one entry here.
 */
import type { CellValue } from '../model';
import type { Settings, TargetId } from './defaults';
import { COMPARATOR_RU, CONJUNCTION_RU } from '../messages/vocabulary';
import { isBlank, parseBoolean, parseInteger, parsePercent, parseRules, parseWord, parseYear, type Parsed } from './settingValues';

export interface SettingRow {
  id: string;
  name: string;
  /** Where the default comes from, shown in «Пояснение». */
  note: string;
  /** Percent rows are written as fractions with a percent format. */
  percent?: boolean;
  /** The value as written into the sheet. */
  write(s: Settings): CellValue;
  /** Parses the cell into `s`; a failure leaves `s` unchanged. */
  read(v: CellValue, s: Settings): Parsed<unknown>;
}

/** Ids of the rows other modules look up by id (the task pane's quick settings). */
export const SETTING_ID = {
  currentYear: 'year.current',
  failShare: 'r1.fail_share',
  minN: 'min_n',
} as const;

const yesNo = (b: boolean): string => (b ? 'да' : 'нет');

/** Applies a parse result to settings when it succeeded. */
function apply<T>(p: Parsed<T>, set: (x: T) => void): Parsed<T> {
  if (p.ok) set(p.value);
  return p;
}

function toggle(id: string, name: string, note: string, get: (s: Settings) => { enabled: boolean }): SettingRow {
  return { id, name, note, write: (s) => yesNo(get(s).enabled), read: (v, s) => apply(parseBoolean(v), (x) => (get(s).enabled = x)) };
}

function percentRow(id: string, name: string, note: string, get: (s: Settings) => number, set: (s: Settings, x: number) => void): SettingRow {
  return { id, name, note, percent: true, write: get, read: (v, s) => apply(parsePercent(v), (x) => set(s, x)) };
}

function integerRow(id: string, name: string, note: string, min: number, max: number, get: (s: Settings) => number, set: (s: Settings, x: number) => void): SettingRow {
  return { id, name, note, write: get, read: (v, s) => apply(parseInteger(v, min, max), (x) => set(s, x)) };
}

function targetRow(id: TargetId, name: string): SettingRow {
  return {
    id: `target.${id}`,
    name,
    note: 'Пусто — цель по умолчанию: каждый год закрывать половину разрыва до лучшего квартиля района, с округлением до 1 п.п. (МЕТОДИКА §4).',
    percent: true,
    write: (s) => s.targets?.[id] ?? null,
    read(v, s) {
      if (isBlank(v)) return { ok: true, value: undefined };
      return apply(parsePercent(v), (x) => (s.targets = { ...s.targets, [id]: x }));
    },
  };
}

export const SETTING_ROWS: SettingRow[] = [
  {
    id: 'district.name',
    name: 'Название района (для заголовков)',
    note: 'Например, «Энский муниципальный район». Пусто — без названия.',
    write: (s) => s.districtName,
    read(v, s) {
      s.districtName = isBlank(v) ? '' : String(v).trim();
      return { ok: true, value: s.districtName };
    },
  },
  {
    id: SETTING_ID.currentYear,
    name: 'Текущий год (Y)',
    note: 'Пусто — последний год в данных. Учебный год «2025/2026» означает 2026 (МЕТОДИКА, термины).',
    write: (s) => s.currentYear ?? null,
    read(v, s) {
      if (isBlank(v)) {
        delete s.currentYear;
        return { ok: true, value: undefined };
      }
      return apply(parseYear(v, 'second'), (x) => (s.currentYear = x));
    },
  },
  {
    id: 'year.plan',
    name: 'Учебный год плана',
    note: 'Например, «2026/2027»; сроки мероприятий относятся к нему. Пусто — учебный год, начинающийся в текущем году.',
    write: (s) => (s.planYear !== undefined ? `${s.planYear}/${s.planYear + 1}` : null),
    read(v, s) {
      if (isBlank(v)) {
        delete s.planYear;
        return { ok: true, value: undefined };
      }
      return apply(parseYear(v, 'first'), (x) => (s.planYear = x));
    },
  },
  integerRow(SETTING_ID.minN, 'Минимум участников (min_n)', 'Процедура с меньшим числом участников не используется отдельно: защищает малые ООШ, где один ученик — 20 % (МЕТОДИКА §3). По умолчанию 5.', 1, 1000, (s) => s.minN, (s, x) => (s.minN = x)),
  toggle('r1.enabled', 'R1 «Массовая неуспешность»: включено', 'Омская обл. 2025; показатели риска Рособрнадзора (МЕТОДИКА §3).', (s) => s.r1),
  percentRow(SETTING_ID.failShare, 'R1: порог доли «2»', 'Доля «2» ≥ порога; по умолчанию 30 %.', (s) => s.r1.failShare, (s, x) => (s.r1.failShare = x)),
  integerRow('r1.min_procedures', 'R1: минимум процедур в году Y', 'По умолчанию 2.', 1, 100, (s) => s.r1.minProcedures, (s, x) => (s.r1.minProcedures = x)),
  {
    id: 'r1.combine',
    name: 'R1: условия (и / или)',
    note: '«и»: ≥ 2 процедур в Y и повтор одной из них в Y−1 (по умолчанию); «или»: любое из условий — мягкий список «группа риска».',
    write: (s) => CONJUNCTION_RU[s.r1.combine],
    read: (v, s) => apply(parseWord(v, CONJUNCTION_RU), (x) => (s.r1.combine = x)),
  },
  toggle('r2.enabled', 'R2 «Без аттестата / «2» на обязательном ГИА»: включено', 'Предупреждение, а не признак ШНОР; достаточно одного обучающегося (МЕТОДИКА §3).', (s) => s.r2),
  toggle('r3.enabled', 'R3 «Стабильно низкие результаты»: включено', 'Практика окон в 2–3 года; исследование ВШЭ стабильно неуспешных школ (МЕТОДИКА §3).', (s) => s.r3),
  percentRow('r3.gap', 'R3: превышение доли «2» над районом, п.п.', 'По умолчанию 15 п.п. (введите 15 или «15 %»).', (s) => s.r3.gap, (s, x) => (s.r3.gap = x)),
  integerRow('r3.min_years', 'R3: минимум лет', 'По умолчанию 2 года из окна.', 1, 10, (s) => s.r3.minYears, (s, x) => (s.r3.minYears = x)),
  integerRow('r3.window', 'R3: окно, лет', 'По умолчанию 3 последних года; годы не обязаны идти подряд.', 1, 10, (s) => s.r3.window, (s, x) => (s.r3.window = x)),
  {
    id: 'r3.comparator',
    name: 'R3: с чем сравнивать (в региональном файле)',
    note: '«муниципалитет» (по умолчанию) или «регион».',
    write: (s) => COMPARATOR_RU[s.r3.comparator],
    read: (v, s) => apply(parseWord(v, COMPARATOR_RU), (x) => (s.r3.comparator = x)),
  },
  toggle('obj.enabled', 'Объективность ВПР: включено', 'Подтверждение отметок ВПР и маркеры Рособрнадзора (МЕТОДИКА §3).', (s) => s.objectivity),
  percentRow('obj.higher_max', 'Объективность: «Повысили» больше', 'По умолчанию 15 %.', (s) => s.objectivity.higherMax, (s, x) => (s.objectivity.higherMax = x)),
  percentRow('obj.lower_max', 'Объективность: «Понизили» больше', 'По умолчанию 50 %.', (s) => s.objectivity.lowerMax, (s, x) => (s.objectivity.lowerMax = x)),
  integerRow('obj.min_pupils', 'Объективность: минимум учеников для вывода', 'По умолчанию 20 учеников с обеими отметками.', 1, 100000, (s) => s.objectivity.minPupils, (s, x) => (s.objectivity.minPupils = x)),
  integerRow('obj.min_any', 'Объективность: меньше — «недостаточно данных»', 'По умолчанию 10 учеников.', 1, 100000, (s) => s.objectivity.minAny, (s, x) => (s.objectivity.minAny = x)),
  toggle('shnsu.enabled', 'ШНСУ: включено', 'Социальный паспорт, квартили района (МЕТОДИКА §3).', (s) => s.shnsu),
  integerRow('shnsu.min_indicators', 'ШНСУ: минимум показателей в зоне риска', 'По умолчанию 3.', 1, 20, (s) => s.shnsu.minIndicators, (s, x) => (s.shnsu.minIndicators = x)),
  integerRow('shnsu.min_available', 'ШНСУ: минимум показателей с данными', 'Меньше — «нет данных»; по умолчанию 4.', 1, 20, (s) => s.shnsu.minAvailable, (s, x) => (s.shnsu.minAvailable = x)),
  integerRow('partner.max_mentees', 'Школа-партнёр: не больше подопечных', 'По умолчанию 2 (семинар 003).', 1, 100, (s) => s.partner.maxMentees, (s, x) => (s.partner.maxMentees = x)),
  {
    id: 'shnor.rules',
    name: 'Правила, дающие признак ШНОР',
    note: 'Через запятую; по умолчанию «R1, R3». R2 — только предупреждение.',
    write: (s) => s.lowResultsRules.join(', '),
    read: (v, s) => apply(parseRules(v, ['R1', 'R3'] as const), (x) => (s.lowResultsRules = x)),
  },
  {
    id: 'roadmap.per_school',
    name: 'Дорожная карта: отдельный лист на школу',
    note: '«нет» (по умолчанию) — все школы блоками на одном листе.',
    write: (s) => yesNo(s.roadmapPerSchool),
    read: (v, s) => apply(parseBoolean(v), (x) => (s.roadmapPerSchool = x)),
  },
  targetRow('fail', 'Цель района: доля «2»'),
  targetRow('success', 'Цель района: успеваемость'),
  targetRow('quality', 'Цель района: качество знаний'),
];
