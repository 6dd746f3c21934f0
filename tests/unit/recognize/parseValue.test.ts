/** How a methodologist's cell becomes a number, a missing value or a problem to report (METHODOLOGY §1, «Values»). */
import { parseValue } from '../../../src/engine/recognize/parseValue';

describe('parseValue', () => {
  it.each([
    ['45,5', 45.5],
    ['45.5', 45.5],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['12 (40%)', 12],
    ['  7 ', 7],
    ['-3', -3],
  ])('reads «%s» as the number %d', (text, value) => {
    expect(parseValue(text)).toEqual({ kind: 'number', value, fraction: false });
  });

  it('reads a percent written as text «45,5 %» as the fraction 0.455', () => {
    const v = parseValue('45,5 %');
    expect(v.kind === 'number' && v.fraction && v.value).toBeCloseTo(0.455, 10);
  });

  it('reads 0,455 in a percent-formatted cell as the fraction it is', () => {
    expect(parseValue(0.455, '0.0%')).toEqual({ kind: 'number', value: 0.455, fraction: true });
    expect(parseValue(0.455, 'General')).toEqual({ kind: 'number', value: 0.455, fraction: false });
  });

  it.each(['н/д', 'Н/Д', 'нет', '-', '—', 'х', 'Х', 'X', 'x', '', '   ', null])('treats «%s» as missing, never 0', (text) => {
    expect(parseValue(text)).toEqual({ kind: 'missing' });
  });

  it.each(['абв', '12,5,3', '#ДЕЛ/0!', '1 23', true])('rejects «%s» as unreadable', (text) => {
    expect(parseValue(text).kind).toBe('invalid');
  });
});
