/**
 * How a school's name is spelled: the register's short and full names, and the drifting spellings that
 * results sheets use in real life (quotes «» or "" or none, «№3», «N 3», doubled spaces, ё written as е,
 * the long form «основная общеобразовательная школа»). Each sheet keeps one spelling per school.
 */
'use strict';

const LEGAL_FORMS = {
  МБОУ: 'Муниципальное бюджетное общеобразовательное учреждение',
  МАОУ: 'Муниципальное автономное общеобразовательное учреждение',
  МКОУ: 'Муниципальное казённое общеобразовательное учреждение',
};

/** Abbreviation as written inside a name, and the long form of the kind. */
const KINDS = {
  СОШ: { abbr: 'СОШ', long: 'средняя общеобразовательная школа', Long: 'Средняя общеобразовательная школа' },
  ООШ: { abbr: 'ООШ', long: 'основная общеобразовательная школа', Long: 'Основная общеобразовательная школа' },
  гимназия: { abbr: 'Гимназия', long: 'гимназия', Long: 'Гимназия' },
  лицей: { abbr: 'Лицей', long: 'лицей', Long: 'Лицей' },
};

/** «СОШ № 3» or «Ивановская ООШ»: the name without legal form. */
function coreName(s) {
  const k = KINDS[s.kind];
  return s.number !== undefined ? `${k.abbr} № ${s.number}` : `${s.place} ${k.abbr}`;
}

/** Register short name: «МБОУ СОШ № 3», «МБОУ Ивановская ООШ». */
function shortName(s) {
  return `${s.legal} ${coreName(s)}`;
}

/** Register full name: «Муниципальное бюджетное … «Средняя общеобразовательная школа № 3» г. Энска». */
function fullName(s) {
  const k = KINDS[s.kind];
  const inner = s.number !== undefined ? `${k.Long} № ${s.number}` : `${s.place} ${k.long}`;
  return `${LEGAL_FORMS[s.legal]} «${inner}»${s.suffix ? ` ${s.suffix}` : ''}`;
}

/** Spellings seen on results sheets for one school (the first is the clean one). */
function spellings(s) {
  const k = KINDS[s.kind];
  const core = coreName(s);
  if (s.number !== undefined) {
    return [
      `${s.legal} «${core}»`,
      `${k.abbr} №${s.number}`,
      `${s.legal} "${core}"`,
      `${s.legal}  ${core}`,
      `${s.legal} ${k.abbr} N ${s.number}`,
      core,
    ];
  }
  const yo = s.place.includes('ё');
  const place = yo ? s.place.replace(/ё/g, 'е') : s.place;
  return [
    `${s.legal} ${s.place} ${k.abbr}`,
    `${place} ${k.long}`,
    `${s.legal} «${place} ${k.abbr}»`,
    `${place}  ${k.abbr}`,
    `${s.place} ${k.abbr}`,
  ];
}

/** The spelling a given sheet uses for a school: drawn once per sheet and school from the sheet's rng. */
function spellingFor(s, rng) {
  return rng.pick(spellings(s));
}

module.exports = { shortName, fullName, spellings, spellingFor };
