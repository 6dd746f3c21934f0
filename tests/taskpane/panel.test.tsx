/** The pane's sections rendered to HTML (no DOM, no Office): what a methodologist sees after a run. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../../src/taskpane/App';
import { DiagnosticsSection } from '../../src/taskpane/components/DiagnosticsSection';
import { FlagsSection } from '../../src/taskpane/components/FlagsSection';
import { RecognitionSection } from '../../src/taskpane/components/RecognitionSection';
import type { PaneHost } from '../../src/taskpane/host';
import { summaryOfTwoSchools } from './summaryFixture';

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
      select: () => Promise.resolve(true),
      selectOwned: () => Promise.resolve(true),
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

  it('lists each flagged school once with every flag, its rule and explanation', () => {
    const text = render(<FlagsSection summary={summaryOfTwoSchools()} onOpen={ignore} />);
    expect(text.match(/МКОУ Берёзовская ООШ/g)).toHaveLength(1);
    expect(text).toContain('ШНОР | Правило R1 | Доля «2» ≥ 30 % в 2 процедурах 2025 года');
    expect(text).toContain('ШНСУ | Правило SOC');
  });

  it('keeps schools with only an R2 warning behind a button, so ШНОР and ШНСУ are not buried', () => {
    const text = render(<FlagsSection summary={summaryOfTwoSchools()} onOpen={ignore} />);
    expect(text).not.toContain('МБОУ СОШ № 1');
    expect(text).toContain('Показать предупреждения R2 (школ: 1)');
  });

  it('puts errors first and offers to go to the cell a remark names', () => {
    const text = render(<DiagnosticsSection summary={summaryOfTwoSchools()} onSelect={ignore} />);
    expect(text.indexOf('Ошибка')).toBeLessThan(text.indexOf('Сведения'));
    expect(text).toContain('Перейти: ОГЭ 2025, D12 | Число участников «девять» не число. | Что сделать: Впишите число.');
  });

  it('shows the recognised user sheets with role and confidence, not Opora’s own', () => {
    const text = render(<RecognitionSection summary={summaryOfTwoSchools()} onOpen={ignore} />);
    expect(text).toContain('ОГЭ 2025 | Результаты процедур · уверенность 93 %');
    expect(text).toContain('Соцпаспорт | Социальный паспорт · уверенность 80 %');
    expect(text).not.toContain('Опора · Сводка');
    expect(text).toContain('Открыть «Опора · Сопоставление»');
  });
});
