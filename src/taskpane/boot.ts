/**
 * First script of `taskpane.html`, built to ES5 so that it runs everywhere. On an old webview it shows a
 * static Russian message that points to the standalone page, and React is never loaded; otherwise it
 * loads the pane (a separate chunk) and starts it. `Office.onReady` is awaited on both paths: some hosts
 * keep the pane hidden until it is called (Office Add-ins docs, «Initialize your Office Add-in»), so the
 * message is drawn in its callback; only when office.js did not load at all is it drawn at once.
 */
import { isOldWebview, probeWebview } from './oldWebview';
import { S } from './strings';

const STANDALONE_PAGE = 'opora-standalone.html';

function showOldWebviewMessage(root: { innerHTML: string }): void {
  const t = S.oldWebview;
  root.innerHTML =
    '<div style="font-family: Segoe UI, Arial, sans-serif; padding: 12px; line-height: 1.4">' +
    '<h1 style="font-size: 16px">' + t.heading + '</h1>' +
    '<p>' + t.body + '</p>' +
    '<p><a href="' + STANDALONE_PAGE + '" target="_blank" rel="noopener">' + t.standaloneLink + '</a></p>' +
    '<p>' + t.standaloneHint + '</p>' +
    '<p>' + t.ribbonHint + '</p>' +
    '</div>';
}

export interface BootDeps<Root extends { innerHTML: string }> {
  root: Root;
  old: boolean;
  /** `Office.onReady` with a callback; undefined when office.js did not load at all. */
  onReady: ((callback: () => void) => void) | undefined;
  /** The React pane's chunk; its `start` waits for `Office.onReady` itself before touching Excel. */
  loadPane: () => Promise<{ start: (root: Root) => void }>;
}

export function boot<Root extends { innerHTML: string }>(deps: BootDeps<Root>): void {
  if (deps.old) {
    // The host may keep the pane hidden until onReady is called: the message waits for it like the pane does.
    if (deps.onReady) {
      deps.onReady(function () {
        showOldWebviewMessage(deps.root);
      });
    } else showOldWebviewMessage(deps.root);
    return;
  }
  deps.loadPane().then(function (pane) {
    pane.start(deps.root);
  });
}

if (typeof document !== 'undefined') {
  const office = (window as unknown as { Office?: { onReady: (callback: () => void) => unknown } }).Office;
  boot({
    root: document.getElementById('root') as HTMLElement,
    old: isOldWebview(probeWebview(window)),
    onReady: office
      ? function (callback: () => void) {
          office.onReady(callback);
        }
      : undefined,
    loadPane: function () {
      return import('./main.js');
    },
  });
}
