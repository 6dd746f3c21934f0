/**
 * The standalone page's shell: the drop zone (highlighted while a file is dragged over it), the «Выбрать
 * книгу…» button (disabled while working), a progress bar shown from the moment a file is picked, the
 * status line, errors in red with an icon, and the place where the result goes.
 */
import type { Summary } from '../engine';
import type { Stage } from '../workbook/runRecalculation';
import { element, errorLine } from './dom';
import { STRINGS } from './strings';
import { renderResult } from './viewResult';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Where the bar stands while each stage runs; opening the file comes before the first. */
const STAGE_PROGRESS: Record<Stage, number> = { read: 0.2, recognize: 0.45, calculate: 0.7, write: 0.9 };

export interface PageView {
  /** Shows that work began and disables the button; resolves once the browser has painted it. */
  start(fileName: string): Promise<void>;
  stage(stage: Stage): void;
  /** A red error with an icon; the page is ready for another file. */
  fail(message: string): void;
  done(savedAs: string, link: HTMLAnchorElement, summary: Summary): void;
}

/** Two frames: the first paints the change, the second runs after it. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The sheets a methodologist takes to the report and to signing, named after a run. */
const REPORT_SHEETS = ['monitoring', 'dynamics', 'eventPlan', 'roadmap', 'passport'] as const;

export function mountPage(root: HTMLElement, onFile: (file: File) => void): PageView {
  document.title = STRINGS.title;
  const input = element('input');
  input.type = 'file';
  input.accept = '.xlsx,.xlsm,' + XLSX_MIME;
  input.hidden = true;
  const button = element('button', STRINGS.choose);
  button.type = 'button';
  const progress = element('progress');
  progress.max = 1;
  progress.hidden = true;
  progress.setAttribute('aria-label', STRINGS.progress);
  const status = element('div', '', 'status');
  status.setAttribute('role', 'status');
  const results = element('section');

  const finish = () => {
    progress.hidden = true;
    button.disabled = false;
    root.removeAttribute('aria-busy');
  };
  const pick = (file: File | undefined) => {
    if (file && !button.disabled) onFile(file);
  };
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    pick(input.files?.[0]);
    input.value = '';
  });
  const highlight = (on: boolean) => root.classList.toggle('dragover', on);
  root.addEventListener('dragover', (e) => {
    e.preventDefault();
    highlight(true);
  });
  root.addEventListener('dragleave', (e) => {
    if (!root.contains(e.relatedTarget as Node | null)) highlight(false);
  });
  root.addEventListener('drop', (e) => {
    e.preventDefault();
    highlight(false);
    pick(e.dataTransfer?.files?.[0]);
  });
  root.append(element('h1', STRINGS.title), element('p', STRINGS.lead), element('p', STRINGS.dropHere, 'hint'), button, input, progress, status, results);

  return {
    async start(fileName) {
      results.replaceChildren();
      button.disabled = true;
      root.setAttribute('aria-busy', 'true');
      progress.hidden = false;
      progress.value = 0.05;
      status.replaceChildren(STRINGS.opening(fileName));
      await painted();
    },
    stage(stage) {
      progress.value = STAGE_PROGRESS[stage];
      status.replaceChildren(STRINGS.stages[stage]);
    },
    fail(message) {
      finish();
      status.replaceChildren(errorLine(message, STRINGS.errorIcon));
    },
    done(savedAs, link, summary) {
      finish();
      const sheets = REPORT_SHEETS.map((key) => summary.ownedSheets[key]).filter((name): name is string => name !== undefined);
      const line = document.createElement('p');
      line.textContent = STRINGS.reportSheets(sheets);
      status.replaceChildren(STRINGS.done(savedAs) + ' ', link, line);
      renderResult(results, summary);
    },
  };
}
