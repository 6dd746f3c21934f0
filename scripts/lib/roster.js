/**
 * Who the schools are: the hand-written register of the sample «Энский муниципальный район» (22 schools,
 * 4 settlements) and a generated roster of N schools grouped in municipalities for region-scale files.
 */
'use strict';

const SAMPLE_DISTRICT = {
  name: 'Энский муниципальный район',
  genitive: 'Энского района',
  municipality: 'Энский муниципальный район',
};

const TOWN = 'г. Энск';
const TOWN_GENITIVE = 'г. Энска';

/** The sample register: code, kind, legal form, number or place name, settlement. */
const SAMPLE_SCHOOLS = [
  { code: 'ОО001', kind: 'СОШ', legal: 'МБОУ', number: 1, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО002', kind: 'СОШ', legal: 'МБОУ', number: 2, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО003', kind: 'СОШ', legal: 'МБОУ', number: 3, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО004', kind: 'СОШ', legal: 'МБОУ', number: 4, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО005', kind: 'СОШ', legal: 'МБОУ', number: 5, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО006', kind: 'гимназия', legal: 'МАОУ', number: 6, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО007', kind: 'лицей', legal: 'МАОУ', number: 7, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО008', kind: 'СОШ', legal: 'МБОУ', number: 8, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО009', kind: 'СОШ', legal: 'МБОУ', number: 9, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО010', kind: 'СОШ', legal: 'МБОУ', number: 10, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО011', kind: 'СОШ', legal: 'МБОУ', number: 11, settlement: TOWN, suffix: TOWN_GENITIVE },
  { code: 'ОО012', kind: 'СОШ', legal: 'МБОУ', place: 'Заречная', settlement: 'п. Заречный' },
  { code: 'ОО013', kind: 'ООШ', legal: 'МБОУ', place: 'Луговская', settlement: 'п. Заречный' },
  { code: 'ОО014', kind: 'СОШ', legal: 'МБОУ', place: 'Берёзовская', settlement: 'п. Заречный' },
  { code: 'ОО015', kind: 'ООШ', legal: 'МБОУ', place: 'Ивановская', settlement: 'с. Ивановка' },
  { code: 'ОО016', kind: 'СОШ', legal: 'МБОУ', place: 'Никольская', settlement: 'с. Ивановка' },
  { code: 'ОО017', kind: 'СОШ', legal: 'МКОУ', place: 'Петровская', settlement: 'с. Петровское' },
  { code: 'ОО018', kind: 'ООШ', legal: 'МКОУ', place: 'Сосновская', settlement: 'с. Петровское' },
  { code: 'ОО019', kind: 'ООШ', legal: 'МКОУ', place: 'Дубровская', settlement: 'с. Петровское' },
  { code: 'ОО020', kind: 'СОШ', legal: 'МБОУ', place: 'Каменская', settlement: 'с. Петровское' },
  { code: 'ОО021', kind: 'ООШ', legal: 'МКОУ', place: 'Ключевская', settlement: 'с. Петровское' },
  { code: 'ОО022', kind: 'СОШ', legal: 'МБОУ', place: 'Озёрная', settlement: 'с. Петровское' },
];

/** Municipality stems for generated regions («Северный муниципальный район», «Северный-2 …»). */
const MUNICIPALITY_STEMS = [
  'Северный', 'Южный', 'Лесной', 'Озёрный', 'Приречный', 'Степной', 'Горный', 'Заволжский', 'Нагорный',
  'Луговой', 'Сосновый', 'Каменский', 'Берёзовский', 'Ключевской', 'Красный', 'Новый', 'Старый', 'Дальний',
];
const TOWN_NAMES = [
  'Северск', 'Южноград', 'Лесогорск', 'Озёрск', 'Приреченск', 'Степногорск', 'Горноуральск', 'Заволжск',
  'Нагорск', 'Луговск', 'Сосновоборск', 'Каменск', 'Берёзовск', 'Ключевск', 'Красногорск', 'Новоградск',
  'Староградск', 'Дальнегорск',
];
/** Village school names (feminine adjectives as in «Ивановская ООШ»). */
const VILLAGE_PLACES = [
  'Ивановская', 'Петровская', 'Никольская', 'Сосновская', 'Дубровская', 'Каменская', 'Ключевская',
  'Озёрная', 'Берёзовская', 'Луговская', 'Заречная', 'Покровская', 'Успенская', 'Троицкая', 'Михайловская',
  'Александровская', 'Васильевская', 'Знаменская', 'Богородская', 'Воскресенская', 'Рождественская',
  'Черёмуховская', 'Липовская', 'Ольховская', 'Рябиновская', 'Кленовская', 'Осиновская', 'Ёлкинская',
];
const SCHOOLS_PER_MUNICIPALITY = 25;

/** `n` schools in ⌈n / 25⌉ municipalities: a town with numbered schools, a гимназия, a лицей, villages. */
function syntheticRoster(n, rng) {
  const digits = Math.max(3, String(n).length);
  const schools = [];
  const municipalities = Math.ceil(n / SCHOOLS_PER_MUNICIPALITY);
  for (let m = 0; m < municipalities; m++) {
    const round = Math.floor(m / MUNICIPALITY_STEMS.length);
    const tag = round === 0 ? '' : `-${round + 1}`;
    const municipality = `${MUNICIPALITY_STEMS[m % MUNICIPALITY_STEMS.length]}${tag} муниципальный район`;
    const town = `г. ${TOWN_NAMES[m % TOWN_NAMES.length]}${tag}`;
    const size = Math.min(SCHOOLS_PER_MUNICIPALITY, n - schools.length);
    const townCount = Math.ceil(size * 0.5);
    const villages = VILLAGE_PLACES.slice();
    for (let i = 0; i < size; i++) {
      const code = `ОО${String(schools.length + 1).padStart(digits, '0')}`;
      if (i < townCount) {
        const kind = i === 3 ? 'гимназия' : i === 5 ? 'лицей' : 'СОШ';
        const legal = kind === 'СОШ' ? 'МБОУ' : 'МАОУ';
        schools.push({ code, kind, legal, number: i + 1, settlement: town, municipality });
      } else {
        const place = villages.splice(rng.int(0, villages.length - 1), 1)[0];
        const kind = rng.next() < 0.4 ? 'ООШ' : 'СОШ';
        const settlement = `с. ${place.replace(/ская$/, 'ское').replace(/ная$/, 'ное')}`;
        schools.push({ code, kind, legal: rng.pick(['МБОУ', 'МКОУ']), place, settlement, municipality });
      }
    }
  }
  return schools;
}

module.exports = { SAMPLE_DISTRICT, SAMPLE_SCHOOLS, syntheticRoster };
