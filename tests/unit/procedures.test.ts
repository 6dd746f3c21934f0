import { assessmentOf, isCompulsoryKey, isSchoolLevel, isVpr, keyLabel, parseProcedureKey, procedureKey, SCHOOL_LEVEL } from '../../src/engine/procedures';

describe('ProcedureKey', () => {
  const oge = procedureKey({ assessment: 'ОГЭ', subject: 'Русский язык', grade: 9 });
  const vpr = procedureKey({ assessment: 'ВПР', subject: 'Математика', grade: 5 });
  const ege = procedureKey({ assessment: 'ЕГЭ', subject: 'Математика профильная' });

  it('parses back to the procedure it was built from, with and without a grade', () => {
    expect(parseProcedureKey(oge)).toEqual({ assessment: 'ОГЭ', subject: 'Русский язык', grade: 9 });
    expect(parseProcedureKey(ege)).toEqual({ assessment: 'ЕГЭ', subject: 'Математика профильная' });
  });

  it('answers what the rules and sheets ask of a key without anyone splitting it', () => {
    expect([oge, vpr, ege, SCHOOL_LEVEL].map(assessmentOf)).toEqual(['ОГЭ', 'ВПР', 'ЕГЭ', undefined]);
    expect([oge, vpr, ege, SCHOOL_LEVEL].map(isVpr)).toEqual([false, true, false, false]);
    expect([oge, vpr, ege, SCHOOL_LEVEL].map(isCompulsoryKey)).toEqual([true, false, true, false]);
    expect([oge, vpr, SCHOOL_LEVEL].map(isSchoolLevel)).toEqual([false, false, true]);
    expect([oge, vpr, ege].map(keyLabel)).toEqual(['ОГЭ рус 9', 'ВПР мат 5', 'ЕГЭ мат проф']);
  });
});
