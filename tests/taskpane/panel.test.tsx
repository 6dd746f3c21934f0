/** The pane's sections rendered to HTML (no DOM, no Office): what a methodologist sees after a run. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../../src/taskpane/App';
import { DiagnosticsSection } from '../../src/taskpane/components/DiagnosticsSection';
import { ErrorBanner } from '../../src/taskpane/components/ErrorBanner';
import { Explanation } from '../../src/taskpane/components/Explanation';
import { ResultSection } from '../../src/taskpane/components/ResultSection';
import { RecognitionSection } from '../../src/taskpane/components/RecognitionSection';
import type { PaneHost } from '../../src/taskpane/host';
import { ownedSheet } from '../../src/taskpane/ownedSheets';
import { lastResultOf } from '../../src/engine/output/lastResult';
import { resultOfTwoSchools, summaryOfTwoSchools } from './summaryFixture';

/** The visible text, one element's text per ` | `-separated part. */
const render = (el: ReactElement) =>
  renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>)
    .replace(/<style[^>]*>[^<]*<\/style>/g, '')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' | ');

const ignore = () => undefined;

describe('the task pane', () => {
  it('opens with «Пересчитать» and an empty list until the first run', () => {
    const host: PaneHost = {
      recalculate: () => Promise.reject(new Error('not called')),
      lastResult: () => Promise.resolve(null),
      select: () => Promise.resolve(true),
      readSettings: () => Promise.resolve(null),
      writeSettings: () => Promise.resolve(false),
      theme: () => 'dark',
    };
    const text = render(<App host={host} />);
    expect(text).toContain('Пересчитать');
    expect(text).toContain('Список появится после пересчёта.');
    expect(text).toContain('Листы появятся здесь после пересчёта.');
    expect(text).not.toContain('Отмена');
  });

  it('heads the list with counts and offers one filter per kind with its count', () => {
    const text = render(<ResultSection result={resultOfTwoSchools()} onSelect={ignore} />);
    expect(text).toContain('Школы с признаками | Школ: 2; отмечено: 1 (ШНОР — 1, ШНСУ — 1).');
    expect(text).toContain('ШНОР · 1 | ШНСУ · 1 | Риск необъективности · 0 | Предупреждение · 1');
  });

  it('shows each flagged school as one compact row with its badges, explanations folded', () => {
    const text = render(<ResultSection result={resultOfTwoSchools()} onSelect={ignore} />);
    expect(text.match(/МКОУ Берёзовская ООШ/g)).toHaveLength(1);
    expect(text).toContain('МКОУ Берёзовская ООШ | ШНОР | ШНСУ');
    expect(text).not.toContain('Доля «2»');
  });

  it('keeps schools with only an R2 warning off until their filter is chosen, so ШНОР and ШНСУ are not buried', () => {
    const text = render(<ResultSection result={resultOfTwoSchools()} onSelect={ignore} />);
    expect(text).not.toContain('МБОУ СОШ № 1');
  });

  it('links to the event plan, the monitoring, the dynamics and the summary sheet by the names the run wrote', () => {
    const result = resultOfTwoSchools();
    const text = render(<ResultSection result={result} onSelect={ignore} />);
    expect(text).toContain(
      'Открыть «Опора · ШНОР и ШНСУ» | Открыть «Опора · Дорожная карта» | Открыть «Опора · План мероприятий» | Открыть «Опора · Мониторинг 1.2» | Открыть «Опора · Динамика» | Открыть «Опора · Сводка»',
    );
    delete result.ownedSheets.roadmap;
    expect(render(<ResultSection result={result} onSelect={ignore} />)).not.toContain('Открыть «Опора · Дорожная карта»');
  });

  it('says loudly that no school was read instead of «none flagged»', () => {
    const result = lastResultOf({ ...summaryOfTwoSchools(), schools: [], verdicts: [], flags: [] });
    const text = render(<ResultSection result={result} onSelect={ignore} />);
    expect(text).toContain('Опора не прочитала ни одной школы');
    expect(text).not.toContain('Ни одна школа не отмечена');
  });

  it('makes every cell reference of an explanation a link', () => {
    const html = renderToString(<Explanation text={"41,7 % ('ОГЭ 2025'!F7), 30 % (ОГЭ_2024!E3)."} onSelect={ignore} />);
    const links = [...html.matchAll(/<button[^>]*aria-label="([^"]+)"[^>]*>([^<]+)<\/button>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['Перейти к ячейке &#x27;ОГЭ 2025&#x27;!F7', '&#x27;ОГЭ 2025&#x27;!F7'],
      ['Перейти к ячейке ОГЭ_2024!E3', 'ОГЭ_2024!E3'],
    ]);
  });

  it('lists every error of the run in the red banner, and only errors', () => {
    const text = render(<ErrorBanner result={resultOfTwoSchools()} onSelect={ignore} />);
    expect(text).toContain('Ошибки в данных (1)');
    expect(text).toContain('Число участников «девять» не число. Что сделать: Впишите число.');
    expect(text).not.toContain('Заметки');
    expect(render(<ErrorBanner result={{ ...resultOfTwoSchools(), diagnostics: [] }} onSelect={ignore} />)).toBe('');
  });

  it('puts errors first and offers to go to the cell a remark names', () => {
    const text = render(<DiagnosticsSection summary={resultOfTwoSchools()} onSelect={ignore} />);
    expect(text.indexOf('Ошибка')).toBeLessThan(text.indexOf('Сведения'));
    expect(text).toContain('Перейти: ОГЭ 2025, D12 | Число участников «девять» не число. | Что сделать: Впишите число.');
  });

  it('shows the recognized user sheets with role and confidence, not Opora’s own', () => {
    const text = render(<RecognitionSection summary={resultOfTwoSchools()} onSelect={ignore} />);
    expect(text).toContain('ОГЭ 2025 | Результаты процедур · уверенность 93 %');
    expect(text).toContain('Соцпаспорт | Социальный паспорт · уверенность 80 %');
    expect(text).not.toContain('Опора · Сводка');
    expect(text).toContain('Открыть «Опора · Сопоставление (2)»');
  });

  it('links to the mapping sheet by the name the run wrote, and offers none before a run', () => {
    expect(ownedSheet(resultOfTwoSchools(), 'mapping')).toBe('Опора · Сопоставление (2)');
    expect(render(<RecognitionSection summary={null} onSelect={ignore} />)).not.toContain('Открыть');
  });
});
