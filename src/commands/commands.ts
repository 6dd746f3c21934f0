/**
 * Ribbon commands, loaded by `commands.html` (the manifest's FunctionFile). No React here: the file must
 * load fast in the hidden function runtime. «Пересчитать» runs the whole pipeline without the pane;
 * «Открыть панель» is a ShowTaskpane action in the manifest and needs no code.
 *
 * Without a shared runtime there is no notification API for Excel, so the outcome is shown where the
 * user is: on success the engine's `Опора · Сводка` (with its status line) is activated; on failure a small
 * dialog with the Russian message opens, and the command completes when it is closed.
 */
import { OfficeJsWorkbook, toRussianMessage } from '../workbook/officejs';
import { runRecalculation } from '../workbook/runRecalculation';
import { showNotice } from './notice';

export async function recalculate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const workbook = new OfficeJsWorkbook(
      (batch) => Excel.run(batch),
      (set, version) => Office.context.requirements.isSetSupported(set, version),
      String(Office.context.platform),
    );
    const outcome = await runRecalculation(workbook, { describeError: toRussianMessage });
    if (!outcome.ok) await showNotice(outcome.message);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('recalculate', recalculate);
});
