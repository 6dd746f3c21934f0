/**
 * escapeXml returns most texts untouched without scanning them twice; every text that holds a character
 * to escape or drop must still come out escaped and valid XML 1.0.
 */
import { escapeXml } from '../../../src/workbook/package/xmlText';

describe('escapeXml', () => {
  it('returns plain text as it is', () => {
    for (const text of ['', 'Школа № 5', 'ОГЭ 2024, 9 «А»', 'tab\tnew\nline\rreturn', 'apostrophe\'s', '😀 смайлик']) {
      expect(escapeXml(text)).toBe(text);
    }
  });

  it('escapes the four special characters', () => {
    expect(escapeXml('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
  });

  it('drops what XML cannot hold: control characters, lone surrogates, U+FFFE and U+FFFF', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe')).toBe('abcde');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(escapeXml('\uFFFEa\uFFFF')).toBe('a');
    expect(escapeXml('пара 😀 & одиночный \uD83D')).toBe('пара 😀 &amp; одиночный ');
  });
});
