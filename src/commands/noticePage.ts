/**
 * Script of `notice.html`, the dialog a ribbon command opens: shows the message from the query string
 * and tells the command when «Закрыть» is pressed.
 */
import { NOTICE } from './strings';

Office.onReady(() => {
  const text = new URLSearchParams(window.location.search).get('text') ?? '';
  const message = document.getElementById('message');
  const close = document.getElementById('close');
  if (message) message.textContent = text;
  if (close) {
    close.textContent = NOTICE.close;
    close.addEventListener('click', () => Office.context.ui.messageParent('close'));
    close.focus();
  }
});
