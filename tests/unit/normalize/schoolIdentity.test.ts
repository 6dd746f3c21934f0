/** Pairing spellings of one school and never merging two schools (METHODOLOGY §1, «School identity»). */
import { normaliseSchoolName } from '../../../src/engine/normalize/schoolName';
import { SchoolMatcher, type Occurrence } from '../../../src/engine/normalize/schoolIdentity';

let row = 0;
function occ(spelling: string, extra: Partial<Occurrence> = {}): Occurrence {
  row++;
  return { spelling, codes: {}, source: { sheet: 'Лист', cell: `B${row}` }, ...extra };
}

describe('normalised names', () => {
  it.each([
    ['Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3» г. Энска', 'сош № 3'],
    ['МБОУ «СОШ № 3»', 'сош № 3'],
    ['МБОУ "СОШ  N 3"', 'сош № 3'],
    ['СОШ №3', 'сош № 3'],
    ['сош 3', 'сош № 3'],
    ['МБОУ Ивановская ООШ', 'ивановская оош'],
    ['Ивановская основная общеобразовательная школа', 'ивановская оош'],
    ['Озёрная СОШ', 'озерная сош'],
    ['МАОУ «Гимназия № 1 имени А.С. Пушкина»', 'гимназия № 1'],
  ])('«%s» → «%s»', (raw, key) => expect(normaliseSchoolName(raw).key).toBe(key));

  it('keeps «имени …» aside as a tiebreaker', () => {
    expect(normaliseSchoolName('СОШ № 2 им. Героя Иванова').honorific).toBe('героя');
  });

  it('keeps «СОШ № 1» and «СОШ № 11» apart', () => {
    expect(normaliseSchoolName('СОШ № 1').key).not.toBe(normaliseSchoolName('СОШ № 11').key);
  });
});

describe('SchoolMatcher', () => {
  it('never merges «СОШ № 1» with «СОШ № 11», nor a гимназия with a СОШ of the same number', () => {
    const m = new SchoolMatcher({});
    const names = ['МБОУ СОШ № 1', 'МБОУ СОШ № 11', 'Гимназия № 1', 'СОШ №1', 'СОШ N 11'].map((n) => occ(n));
    names.forEach((o) => m.resolve(o));
    const { schools } = m.finish();
    expect(schools.map((s) => s.id).sort()).toEqual(['name:гимназия № 1', 'name:сош № 1', 'name:сош № 11']);
    expect(names[3].school).toBe(names[0].school);
    expect(names[4].school).toBe(names[1].school);
  });

  it('pairs a drifting name with the register school and records the pairing for review', () => {
    const m = new SchoolMatcher({});
    m.addRegistered(occ('МБОУ СОШ № 5', { codes: { code: 'ОО005' } }), { fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 с углублённым изучением отдельных предметов»' });
    const drifted = occ('МАОУ «СОШ № 5»');
    const lostSuffix = occ('СОШ № 5 с углубленным изучением');
    m.resolve(drifted);
    m.resolve(lostSuffix);
    const { schools, matches, diagnostics } = m.finish();
    expect(schools).toHaveLength(1);
    expect(schools[0]).toMatchObject({ id: 'code:ОО005', name: 'МБОУ СОШ № 5', level: 'СОШ' });
    expect(matches.map((x) => [x.name, x.method])).toEqual([
      ['МБОУ СОШ № 5', 'exact'],
      ['МАОУ «СОШ № 5»', 'normalised'],
      ['СОШ № 5 с углубленным изучением', 'fuzzy'],
    ]);
    expect(diagnostics.map((d) => [d.code, d.cell])).toEqual([['school-fuzzy', lostSuffix.source.cell]]);
  });

  it('pairs a name that lost a suffix by the fuzzy rule, and says so', () => {
    const m = new SchoolMatcher({});
    m.addRegistered(occ('СОШ № 4 с углублённым изучением математики', { codes: { code: 'ОО004' } }), {});
    const short = occ('МБОУ СОШ № 4');
    m.resolve(short);
    const { matches, diagnostics } = m.finish();
    expect(short.school?.id).toBe('code:ОО004');
    expect(matches[1]).toMatchObject({ method: 'fuzzy', confidence: 0.8, schoolId: 'code:ОО004' });
    expect(diagnostics.map((d) => d.code)).toEqual(['school-fuzzy']);
  });

  it('lists candidates for an ambiguous name instead of merging it', () => {
    const m = new SchoolMatcher({});
    m.addRegistered(occ('Ивановская СОШ № 1', { codes: { code: 'A' } }), {});
    m.addRegistered(occ('Петровская СОШ № 1', { codes: { code: 'B' } }), {});
    const vague = occ('СОШ № 1');
    m.resolve(vague);
    const { matches, diagnostics } = m.finish();
    expect(vague.school?.id).not.toMatch(/^code:/);
    expect(matches[2]).toMatchObject({ method: 'none', candidates: ['code:A', 'code:B'] });
    expect(diagnostics[0]).toMatchObject({ code: 'school-ambiguous', cell: vague.source.cell });
  });

  it('pairs by code before name, and keeps schools with different codes apart even with one name', () => {
    const m = new SchoolMatcher({});
    const a = occ('Школа № 1', { codes: { login: 'edu053001' } });
    const b = occ('Совсем другое название', { codes: { login: 'edu053001' } });
    const c = occ('Школа № 1', { codes: { login: 'edu053099' } });
    [a, b, c].forEach((o) => m.resolve(o));
    m.finish();
    expect(b.school).toBe(a.school);
    expect(c.school).not.toBe(a.school);
  });

  it('keeps schools of one name in different municipalities apart', () => {
    const m = new SchoolMatcher({});
    const a = occ('СОШ № 1', { municipality: 'Энский район' });
    const b = occ('СОШ № 1', { municipality: 'Северный район' });
    const c = occ('МБОУ СОШ №1', { municipality: 'Энский район' });
    [a, b, c].forEach((o) => m.resolve(o));
    m.finish();
    expect(b.school).not.toBe(a.school);
    expect(c.school).toBe(a.school);
  });

  it('reports a name missing from the register, with similar schools', () => {
    const m = new SchoolMatcher({});
    m.addRegistered(occ('СОШ № 2', { codes: { code: 'ОО002' } }), {});
    const stray = occ('Лицей № 2');
    m.resolve(stray);
    const { diagnostics } = m.finish();
    expect(diagnostics[0]).toMatchObject({ code: 'school-not-in-register', name: 'Лицей № 2', similar: 'СОШ № 2' });
  });

  it('takes a ФИС ОКО login whose digits equal a Код ОО for that school, whatever the names, either way round', () => {
    const m = new SchoolMatcher({});
    const coded = occ('Средняя школа № 1 с. Ивановка', { codes: { code: '052010' } });
    const login = occ('МБОУ СОШ N 1', { codes: { login: 'sch052010' } });
    const numeric = occ('Школа 2', { codes: { code: '52011' } });
    const login2 = occ('МБОУ СОШ N 2', { codes: { login: 'edu052011' } });
    const later = occ('Ещё одна школа', { codes: { login: 'ksh220001' } });
    const laterCode = occ('Гимназия', { codes: { code: '220001' } });
    [coded, login, numeric, login2, later, laterCode].forEach((o) => m.resolve(o));
    const { schools, matches } = m.finish();
    expect(login.school).toBe(coded.school);
    expect(login2.school).toBe(numeric.school);
    expect(laterCode.school).toBe(later.school);
    expect(schools).toHaveLength(3);
    expect(matches.find((x) => x.name === 'МБОУ СОШ N 1')).toMatchObject({ method: 'code', confidence: 1 });
  });

  it('keeps a login apart from a school whose code has other digits, and from one that has its own login', () => {
    const m = new SchoolMatcher({});
    const coded = occ('СОШ № 1', { codes: { code: '052010', login: 'sch052099' } });
    const other = occ('СОШ № 5', { codes: { login: 'sch052010' } });
    const far = occ('СОШ № 7', { codes: { login: 'sch052077' } });
    [coded, other, far].forEach((o) => m.resolve(o));
    m.finish();
    expect(other.school).not.toBe(coded.school);
    expect(far.school).not.toBe(coded.school);
  });
});
