/**
 * Which sheets Opora owns and what they are called (docs/ARCHITECTURE.md «Owned sheets and the `_opora` record»). Output names start with
 * «Опора · »; the very hidden `_opora` sheet records, key by key, which sheets Opora wrote and under
 * which name, so a user's sheet with the same or a similar name is never taken for one of ours. Every
 * reader of an owned sheet (settings, catalogue, corrections, the pane's buttons) finds it through
 * `ownedSheetName`, never by its preferred name.
 */
import type { SheetGrid } from './model';

export const OWNED_PREFIX = 'Опора · ';
export const META_SHEET = '_opora';
/** A1 of Opora's record: what tells it from a sheet of the user's that happens to be called `_opora`. */
export const META_HEADER = 'Служебный лист надстройки «Опора». Не изменяйте его: по нему Опора узнаёт свои листы.';
/** First cell of a registry row in `_opora`: `owned | <real name> | <key>`. */
export const OWNED_ROW = 'owned';

/** Keys of the sheets Opora writes, with their preferred names. */
export const OWNED_SHEETS = {
  summary: 'Опора · Сводка',
  indicators: 'Опора · Показатели',
  flags: 'Опора · ШНОР и ШНСУ',
  riskProfiles: 'Опора · Профили рисков',
  objectivity: 'Опора · Объективность ВПР',
  eventPlan: 'Опора · План мероприятий',
  roadmap: 'Опора · Дорожная карта',
  passport: 'Опора · Паспорт программы',
  dynamics: 'Опора · Динамика',
  monitoring: 'Опора · Мониторинг 1.2',
  diagnostics: 'Опора · Диагностика',
  settings: 'Опора · Настройки',
  catalogue: 'Опора · Каталог мер',
  mapping: 'Опора · Сопоставление',
} as const;

/** A sheet Opora writes under one fixed preferred name. */
export type FixedSheetKey = keyof typeof OWNED_SHEETS;
/** Every sheet Opora writes: the fixed ones, `_opora` itself, and one roadmap per school when asked. */
export type OwnedSheetKey = FixedSheetKey | 'meta' | `roadmap:${string}`;

/** One registry entry: the key, and the name Opora really wrote the sheet under. */
export interface OwnedSheet {
  key: OwnedSheetKey;
  name: string;
}

/** `_opora`, or `_opora (2)`… where a sheet of the user's already has that name. */
export function isMetaName(name: string): boolean {
  return name === META_SHEET || /^_opora \(\d+\)$/.test(name);
}

/** True for a sheet that might be Opora's by its name (ownership itself is decided by the meta sheet). */
export function looksOwned(name: string): boolean {
  return isMetaName(name) || name.startsWith(OWNED_PREFIX);
}

/** Opora's record among the grids: a sheet named `_opora` (or `_opora (2)`…) whose A1 is Opora's marker. */
export function findMetaGrid(grids: SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => isMetaName(g.name) && g.values[0]?.[0] === META_HEADER);
}

const FIXED_BY_NAME = new Map<string, FixedSheetKey>(
  (Object.entries(OWNED_SHEETS) as [FixedSheetKey, string][]).map(([key, name]) => [name, key]),
);

const FIXED_KEYS = new Set<string>(Object.keys(OWNED_SHEETS));

function isOwnedSheetKey(text: string): text is OwnedSheetKey {
  return FIXED_KEYS.has(text) || text === 'meta' || text.startsWith('roadmap:');
}

/**
 * The key of a registry row. Rows written before keys were recorded hold only the name: a fixed sheet is
 * recognized by its preferred name with or without Opora's « (n)» suffix; any other (a school's roadmap)
 * keeps its name as its key, so it is still owned and removed when no longer produced.
 */
function registryKey(name: string, key: string): OwnedSheetKey {
  if (isOwnedSheetKey(key)) return key;
  return FIXED_BY_NAME.get(name.replace(/ \(\d+\)$/, '')) ?? `roadmap:${name}`;
}

/** The `_opora` registry: every sheet Opora wrote last time, with its key. Empty before the first run. */
export function readOwnedSheets(grids: SheetGrid[]): OwnedSheet[] {
  const out: OwnedSheet[] = [];
  for (const row of findMetaGrid(grids)?.values ?? []) {
    const [first = '', name = '', key = ''] = row.map((v) => (v === null || v === undefined ? '' : String(v)));
    if (first === OWNED_ROW && name) out.push({ key: registryKey(name, key), name });
  }
  return out;
}

/**
 * The real name of an owned sheet, from the `_opora` registry: «Опора · Настройки (2)» when Opora had to
 * write beside a user's «Опора · Настройки». Undefined when Opora has not written that sheet (first run)
 * — a sheet the user named like one of ours is never it.
 */
export function ownedSheetName(grids: SheetGrid[], key: OwnedSheetKey): string | undefined {
  return readOwnedSheets(grids).find((s) => s.key === key)?.name;
}

/** Owned sheets the user edits and the engine reads back: the settings, the catalogue of measures, the corrections. */
const READ_BACK_KEYS = ['settings', 'catalogue', 'mapping'] as const;
/** The only owned sheets whose grid the engine asks for (`ownedGrid`): the others may come without cells. */
export type ReadBackKey = (typeof READ_BACK_KEYS)[number];
const READ_BACK: ReadonlySet<OwnedSheetKey> = new Set<OwnedSheetKey>(READ_BACK_KEYS);

/**
 * The sheets whose cells the engine never reads, so an adapter need not read them: Opora's outputs, named
 * «Опора · …» (`recognizeSheet` gives such a sheet the role `opora` and reads nothing from it) and rewritten
 * on every run — all but the ones `READ_BACK` names, found through the `_opora` record among `records` (the
 * grids of the sheets `isMetaName` picks out). Their name and state are all the engine needs of them; at
 * 2,000 schools their cells are 70 MB of XML, three times the user's data.
 */
export function skippedOutputSheets(names: string[], records: SheetGrid[]): Set<string> {
  const readBack = new Set(readOwnedSheets(records).flatMap((s) => (READ_BACK.has(s.key) ? [s.name] : [])));
  return new Set(names.filter((name) => looksOwned(name) && !isMetaName(name) && !readBack.has(name)));
}

/** The grid of an owned sheet, found through the registry (see `ownedSheetName`). */
export function ownedGrid(grids: SheetGrid[], key: ReadBackKey): SheetGrid | undefined {
  const name = ownedSheetName(grids, key);
  return name === undefined ? undefined : grids.find((g) => g.name === name);
}
