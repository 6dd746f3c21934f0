/**
 * First script of `taskpane.html`, built to ES5 so that it runs everywhere. On an old webview it shows a
 * static Russian message that points to the standalone page, and React is never loaded; otherwise it
 * loads the pane (a separate chunk) and starts it.
 */
import { isOldWebview, probeWebview } from './oldWebview';
import { S } from './strings';

const STANDALONE_PAGE = 'opora-standalone.html';

function showOldWebviewMessage(root: HTMLElement): void {
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

const root = document.getElementById('root') as HTMLElement;
if (isOldWebview(probeWebview(window))) {
  showOldWebviewMessage(root);
} else {
  import('./main.js').then(function (m) {
    m.start(root);
  });
}
