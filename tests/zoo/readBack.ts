/**
 * The zoo's property, layout-independent: what Opora read (a Dataset) projected onto the generated
 * district — every read school paired with exactly one district school by a spelling the renderer wrote
 * (or its code / login), no two district schools merged, and results, passport counts, markers and
 * confirmations as sorted one-line records, so a difference reads like a diff of a table.
 */
import type { Dataset, School } from '../../src/engine/model';
import { procedureKey } from '../../src/engine/procedures';
import type { ZooDistrict, ZooSchool } from './district';
import { SOCIAL_KEYS } from './district';

function spellings(s: ZooSchool): string[] {
  return [s.name, s.shortName, s.nName, s.fullName];
}

function plainMunicipality(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/ё/g, 'е').trim();
}

/** Read school id → district school index; throws when a read school matches none or several. */
export function pairSchools(district: ZooDistrict, dataset: Dataset): Map<string, number> {
  const pairs = new Map<string, number>();
  const candidatesOf = (s: School): number[] =>
    district.schools
      .map((z, i) => ({ z, i }))
      .filter(({ z }) => {
        if (s.code && (s.code === z.code || s.code === z.login || s.code.replace(/\D/g, '') === z.code)) return true;
        const spelled = s.aliases.some((a) => spellings(z).includes(a.name));
        const sameMunicipality = !s.municipality || plainMunicipality(s.municipality) === plainMunicipality(z.municipality);
        return !s.code && spelled && sameMunicipality;
      })
      .map(({ i }) => i);
  for (const s of dataset.schools) {
    const found = candidatesOf(s);
    if (found.length !== 1) throw new Error(`school ${s.id} (${s.name}) pairs with ${found.length} district schools`);
    pairs.set(s.id, found[0]);
  }
  const used = [...pairs.values()];
  if (new Set(used).size !== used.length) throw new Error(`two read schools pair with one district school: ${[...pairs].join('; ')}`);
  return pairs;
}

function school(pairs: Map<string, number>, id: string): number {
  const i = pairs.get(id);
  if (i === undefined) throw new Error(`record of unknown school ${id}`);
  return i;
}

const line = (parts: (string | number | undefined)[]) => parts.filter((p) => p !== undefined).join(' | ');

/** `school | year | procedure | n=… m2=… [m3=… m4=… m5=…]` for the district. */
export function districtResults(d: ZooDistrict): string[] {
  return d.results
    .map((r) =>
      line([
        r.school,
        r.year,
        procedureKey(r.procedure),
        [`n=${r.n}`, `m2=${r.m2}`, ...(r.m3 !== undefined ? [`m3=${r.m3}`, `m4=${r.m4}`, `m5=${r.m5}`] : [])].join(' '),
      ]),
    )
    .sort();
}

export function readResults(d: ZooDistrict, ds: Dataset): string[] {
  const pairs = pairSchools(d, ds);
  return ds.results
    .map((r) =>
      line([
        school(pairs, r.schoolId),
        r.year,
        procedureKey(r.procedure),
        (['n', 'm2', 'm3', 'm4', 'm5'] as const)
          .filter((f) => r.counts[f])
          .map((f) => `${f}=${r.counts[f]!.value}`)
          .join(' '),
      ]),
    )
    .sort();
}

/** `school | total=… incomplete_family=… …` for the passport; a count rebuilt from a percent is rounded to the pupil. */
export function districtContingent(d: ZooDistrict): string[] {
  return d.contingent.map((c) => line([c.school, [`total=${c.total}`, ...SOCIAL_KEYS.map((k) => `${k}=${c.counts[k]}`)].join(' ')])).sort();
}

export function readContingent(d: ZooDistrict, ds: Dataset): string[] {
  const pairs = pairSchools(d, ds);
  return ds.contingent
    .map((c) =>
      line([
        school(pairs, c.schoolId),
        [`total=${c.total?.value}`, ...SOCIAL_KEYS.map((k) => `${k}=${c.counts[k] ? Math.round(c.counts[k]!.value) : undefined}`)].join(' '),
      ]),
    )
    .sort();
}

/** Years the passport records apply to (undefined = the calculation year). */
export function contingentYears(ds: Dataset): (number | undefined)[] {
  return [...new Set(ds.contingent.map((c) => c.year))];
}

/** `school | year | 4 РУ,5 МА` for every school-year with a marker. */
export function districtMarkers(d: ZooDistrict): string[] {
  return d.markers.map((m) => line([m.school, m.year, [...m.procedures].sort().join(',')])).sort();
}

export function readMarkers(d: ZooDistrict, ds: Dataset): string[] {
  const pairs = pairSchools(d, ds);
  const seen = new Set<string>();
  for (const m of ds.markers) if (m.procedures.length) seen.add(line([school(pairs, m.schoolId), m.year, [...m.procedures].sort().join(',')]));
  return [...seen].sort();
}

/** `school | year | procedure | lower confirm higher` for the confirmation sheet. */
export function districtConfirmations(d: ZooDistrict): string[] {
  return d.confirmations.map((c) => line([c.school, c.year, procedureKey(c.procedure), `${c.lower} ${c.confirm} ${c.higher}`])).sort();
}

export function readConfirmations(d: ZooDistrict, ds: Dataset): string[] {
  const pairs = pairSchools(d, ds);
  return ds.confirmations
    .map((c) => line([school(pairs, c.schoolId), c.year, procedureKey(c.procedure), `${c.lower?.value} ${c.confirm?.value} ${c.higher?.value}`]))
    .sort();
}
