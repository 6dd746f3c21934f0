/**
 * Lays a district model out as the sheets methodologists keep, exactly per the sample-district spec:
 * «Реестр ОО», «ОГЭ <год>» per year, «ЕГЭ», «ВПР», «ВПР подтверждение», «Социальный паспорт», «Кадры»,
 * «Перечень ШНОР» — with the usual wrinkles (title rows, blank spacer rows, totals and notes below the
 * table, names spelled differently on every sheet, means as text with a decimal comma, «н/д»).
 * Regional models get a «Муниципалитет» column before the school's name. A model's added years (the
 * sample's 2023) sit below the others on the stacked sheets, as an archive year pasted under the table would.
 */
'use strict';

const ExcelJS = require('exceljs');
const { createRng } = require('./prng');
const { shortName, fullName, spellingFor } = require('./names');
const { VPR_YEAR_LABELS, SOCIAL, STAFF } = require('./procedures');

/** Fixed document dates, so regenerating the sample changes nothing but what the generator changed. */
const FIXED_DATE = new Date(Date.UTC(2026, 6, 1, 9, 0, 0));
const MISSING = 'н/д';

const sum = (rows, key) => rows.reduce((acc, r) => acc + r[key], 0);
const commaDecimal = (x) => x.toFixed(1).replace('.', ',');

function putRow(ws, rowNo, values) {
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) ws.getCell(rowNo, i + 1).value = v;
  });
}

function setWidths(ws, widths) {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/** Inserts the municipality cell before the name for regional models. */
function withMunicipality(model, before, school, after) {
  return model.district.regional ? [...before, school.municipality, ...after] : [...before, ...after];
}

function municipalityHeader(model) {
  return model.district.regional ? ['Муниципалитет'] : [];
}

/** One spelling per school for a sheet, drawn in register order. */
function spellingsForSheet(model, rng) {
  return new Map(model.schools.map((s) => [s.code, spellingFor(s, rng)]));
}

function writeRegister(wb, model) {
  const ws = wb.addWorksheet('Реестр ОО');
  const byCode = new Map(model.schools.map((s) => [s.code, s]));
  putRow(ws, 1, [`Реестр общеобразовательных организаций ${model.district.genitive}`]);
  const mun = municipalityHeader(model);
  putRow(ws, 3, ['№ п/п', 'Код ОО', 'Краткое наименование', 'Полное наименование', 'Тип', ...mun, 'Населённый пункт', 'Школа-наставник']);
  model.schools.forEach((s, i) => {
    const partner = s.partner ? shortName(byCode.get(s.partner)) : null;
    const municipality = model.district.regional ? [s.municipality] : [];
    putRow(ws, 4 + i, [i + 1, s.code, shortName(s), fullName(s), s.kind, ...municipality, s.settlement, partner]);
  });
  setWidths(ws, [7, 10, 28, 70, 10, ...mun.map(() => 28), 18, 24]);
}

function writeOge(wb, model, year, rng) {
  const ws = wb.addWorksheet(`ОГЭ ${year}`);
  const names = spellingsForSheet(model, rng);
  const byCode = new Map(model.schools.map((s) => [s.code, s]));
  putRow(ws, 1, [`Результаты ОГЭ по школам, ${year} г.`]);
  putRow(ws, 3, ['№ п/п', ...municipalityHeader(model), 'Наименование ОО', 'Предмет', 'Кол-во участников', '«2»', '«3»', '«4»', '«5»', 'Средний балл']);
  const rows = model.oge.filter((r) => r.year === year);
  let rowNo = 4;
  rows.forEach((r, i) => {
    const mean = rng.next() < 0.3 ? commaDecimal(r.mean) : r.mean;
    const s = byCode.get(r.code);
    putRow(ws, rowNo++, withMunicipality(model, [i + 1], s, [names.get(r.code), r.subject, r.n, r.m2, r.m3, r.m4, r.m5, mean]));
  });
  const label = model.district.regional ? 'Итого по региону' : 'Итого по району';
  for (const subject of [...new Set(rows.map((r) => r.subject))]) {
    const group = rows.filter((r) => r.subject === subject);
    const n = sum(group, 'n');
    const mean = (2 * sum(group, 'm2') + 3 * sum(group, 'm3') + 4 * sum(group, 'm4') + 5 * sum(group, 'm5')) / n;
    const lead = model.district.regional ? [null, null] : [null];
    putRow(ws, rowNo++, [...lead, label, subject, n, sum(group, 'm2'), sum(group, 'm3'), sum(group, 'm4'), sum(group, 'm5'), Math.round(mean * 10) / 10]);
  }
  putRow(ws, rowNo + 1, [`Примечание: данные РЦОИ на 01.07.${year}`]);
  setWidths(ws, [7, ...municipalityHeader(model).map(() => 28), 40, 16, 12, 7, 7, 7, 7, 10]);
}

function writeEge(wb, model, rng) {
  const ws = wb.addWorksheet('ЕГЭ');
  const names = spellingsForSheet(model, rng);
  const byCode = new Map(model.schools.map((s) => [s.code, s]));
  const mun = municipalityHeader(model);
  putRow(ws, 1, ['Год', 'Код ОО', ...mun, 'ОО', 'Предмет', 'Участники', 'Не преодолели минимальный порог', 'Средний тестовый балл']);
  model.ege.forEach((r, i) => {
    const s = byCode.get(r.code);
    putRow(ws, 2 + i, withMunicipality(model, [r.year, r.code], s, [names.get(r.code), r.subject, r.n, r.fail, r.mean ?? MISSING]));
  });
  setWidths(ws, [7, 10, ...mun.map(() => 28), 40, 24, 11, 16, 14]);
}

function writeVpr(wb, model, rng) {
  const ws = wb.addWorksheet('ВПР');
  const names = spellingsForSheet(model, rng);
  const byCode = new Map(model.schools.map((s) => [s.code, s]));
  const mun = municipalityHeader(model);
  putRow(ws, 1, [`Результаты ВПР по школам ${model.district.genitive}`]);
  putRow(ws, 2, ['Учебный год', ...mun, 'ОО', 'Класс', 'Предмет', 'Выполняли работу', '2', '3', '4', '5']);
  let rowNo = 3;
  for (const year of stackOrder(model)) {
    const rows = model.vpr.filter((r) => r.year === year);
    for (const r of rows) {
      const s = byCode.get(r.code);
      putRow(ws, rowNo++, withMunicipality(model, [VPR_YEAR_LABELS[year]], s, [names.get(r.code), r.grade, r.subject, r.n, r.m2, r.m3, r.m4, r.m5]));
    }
    const lead = [VPR_YEAR_LABELS[year], ...mun.map(() => null)];
    putRow(ws, rowNo++, [...lead, 'Всего', null, null, sum(rows, 'n'), sum(rows, 'm2'), sum(rows, 'm3'), sum(rows, 'm4'), sum(rows, 'm5')]);
  }
  setWidths(ws, [12, ...mun.map(() => 28), 40, 7, 16, 12, 6, 6, 6, 6]);
}

function writeConfirmation(wb, model, rng) {
  const ws = wb.addWorksheet('ВПР подтверждение');
  const names = spellingsForSheet(model, rng);
  const byCode = new Map(model.schools.map((s) => [s.code, s]));
  const mun = municipalityHeader(model);
  putRow(ws, 1, [
    'Год', ...mun, 'ОО', 'Класс', 'Предмет',
    'Понизили (Отметка < Отметка по журналу)',
    'Подтвердили (Отметка = Отметке по журналу)',
    'Повысили (Отметка > Отметка по журналу)',
    'Всего',
  ]);
  model.confirmation.forEach((r, i) => {
    const s = byCode.get(r.code);
    putRow(ws, 2 + i, withMunicipality(model, [r.year], s, [names.get(r.code), r.grade, r.subject, r.lower, r.confirm, r.higher, r.total]));
  });
  setWidths(ws, [7, ...mun.map(() => 28), 40, 7, 16, 22, 22, 22, 8]);
}

function writeSocial(wb, model, rng) {
  const ws = wb.addWorksheet('Социальный паспорт');
  const names = spellingsForSheet(model, rng);
  const byCode = new Map(model.schools.map((s) => [s.code, s]));
  const mun = municipalityHeader(model);
  putRow(ws, 1, [`Социальный паспорт общеобразовательных организаций ${model.district.genitive}`]);
  putRow(ws, 2, [...mun, 'ОО', 'Всего обучающихся', ...SOCIAL.map((f) => f.header)]);
  model.social.forEach((r, i) => {
    const s = byCode.get(r.code);
    putRow(ws, 3 + i, withMunicipality(model, [], s, [names.get(r.code), r.total, ...r.counts]));
  });
  const totals = SOCIAL.map((f, k) => model.social.reduce((acc, r) => acc + r.counts[k], 0));
  putRow(ws, 3 + model.social.length, [...mun.map(() => null), 'Итого', sum(model.social, 'total'), ...totals]);
  setWidths(ws, [...mun.map(() => 28), 40, 12, ...SOCIAL.map(() => 14)]);
}

function writeStaff(wb, model, rng) {
  const ws = wb.addWorksheet('Кадры');
  const names = spellingsForSheet(model, rng);
  const byCode = new Map(model.schools.map((s) => [s.code, s]));
  const mun = municipalityHeader(model);
  putRow(ws, 1, [...mun, 'ОО', 'Всего педагогов', ...STAFF.map((f) => f.header)]);
  model.staff.forEach((r, i) => {
    const s = byCode.get(r.code);
    putRow(ws, 2 + i, withMunicipality(model, [], s, [names.get(r.code), r.total, ...r.counts]));
  });
  setWidths(ws, [...mun.map(() => 28), 40, 12, ...STAFF.map(() => 14)]);
}

function writeApproved(wb, model, rng) {
  const ws = wb.addWorksheet('Перечень ШНОР');
  const names = spellingsForSheet(model, rng);
  const byCode = new Map(model.schools.map((s) => [s.code, s]));
  const mun = municipalityHeader(model);
  putRow(ws, 1, ['Утверждённый перечень ШНОР']);
  putRow(ws, 2, ['№', ...mun, 'ОО', 'Год включения', 'Основание']);
  model.approved.forEach((a, i) => {
    const s = byCode.get(a.code);
    putRow(ws, 3 + i, withMunicipality(model, [i + 1], s, [names.get(a.code), a.year, a.basis]));
  });
  setWidths(ws, [5, ...mun.map(() => 28), 40, 14, 60]);
}

/** Years in the order of the stacked sheets: the first years, then the added ones below them. */
function stackOrder(model) {
  return [...model.years.filter((y) => !model.addedYears.includes(y)), ...model.addedYears];
}

/**
 * The whole workbook for a model; spellings and text-vs-number choices come from the model's seed (the
 * added years' own sheets from a stream of their own, so the other sheets keep their spellings).
 */
function layoutWorkbook(model) {
  const rng = createRng(model.seed + 5);
  const addedRng = createRng(model.seed + 7);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Управление образования';
  wb.lastModifiedBy = 'Управление образования';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  writeRegister(wb, model);
  for (const year of model.years) writeOge(wb, model, year, model.addedYears.includes(year) ? addedRng : rng);
  writeEge(wb, model, rng);
  writeVpr(wb, model, rng);
  writeConfirmation(wb, model, rng);
  writeSocial(wb, model, rng);
  writeStaff(wb, model, rng);
  writeApproved(wb, model, rng);
  return wb;
}

module.exports = { layoutWorkbook, FIXED_DATE };
