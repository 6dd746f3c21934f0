/** Starts the pane inside Office, once Office.js is ready (loaded by `boot.ts` as a separate chunk). */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createExcelHost } from './excelHost';
import { themeFromBackground } from './theme';

export function start(root: HTMLElement): void {
  void Office.onReady(() => {
    const host = createExcelHost({
      run: (batch) => Excel.run(batch),
      isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
      platform: String(Office.context.platform),
      theme: () => themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor),
    });
    createRoot(root).render(<App host={host} />);
  });
}
