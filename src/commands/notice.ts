/**
 * A message for the user from a ribbon command: a small dialog (Dialog API 1.1, available without a
 * shared runtime) showing `notice.html`. A function command's dialog closes when the command completes,
 * so this resolves only when the user closes it, or after a minute, well under the host's time limit.
 */
const CLOSE_AFTER_MS = 60_000;

export function noticeUrl(message: string, base: string): string {
  return new URL(`notice.html?text=${encodeURIComponent(message)}`, base).href;
}

export function showNotice(message: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      noticeUrl(message, window.location.href),
      { height: 30, width: 30, displayInIframe: true },
      (result) => {
        // Without a dialog (blocked by the host) there is nowhere else to show it; the summary sheet still
        // carries the status of the last successful run.
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = result.value;
        const timer = setTimeout(finish, CLOSE_AFTER_MS);
        function finish() {
          clearTimeout(timer);
          dialog.close();
          resolve();
        }
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          clearTimeout(timer);
          resolve();
        });
      },
    );
  });
}
