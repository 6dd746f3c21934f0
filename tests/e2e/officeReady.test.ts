/**
 * The built task pane in Chromium with an Office stub in place of office.js whose `onReady` calls back
 * only when the test says so: on an old webview (Office 2016/2019's Trident, or a webview without
 * `fetch`) the pane calls `Office.onReady` and draws its message with the standalone page only after
 * Office is ready, as hosts that keep the pane hidden until then need.
 */
import type { Page } from 'playwright-core';
import { startPaneHarness, type PaneHarness } from './paneHarness';

/** Stands in for office.js: records each `onReady` call and keeps the callback for `__officeStub.ready()`. */
const OFFICE_STUB = `
window.__officeStub = { onReadyCalls: 0, rootWhenReady: null, callbacks: [] };
window.__officeStub.ready = function () {
  var root = document.getElementById('root');
  window.__officeStub.rootWhenReady = root ? root.innerHTML : null;
  var info = { host: 'Excel', platform: 'PC' };
  window.__officeStub.callbacks.forEach(function (cb) { if (cb) cb(info); });
};
window.Office = {
  onReady: function (callback) {
    window.__officeStub.onReadyCalls++;
    window.__officeStub.callbacks.push(callback);
    return new Promise(function (resolve) { window.__officeStub.callbacks.push(resolve); });
  },
};
`;

const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const MESSAGE = 'Эта версия Office не может показать панель Опоры';

interface StubState {
  onReadyCalls: number;
  rootWhenReady: string | null;
}

declare const window: { __officeStub: StubState & { ready(): void } };
declare const document: { getElementById(id: string): { innerHTML: string } | null };

let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
}, 600_000);

afterAll(async () => {
  await harness?.close();
});

async function openOldPane(options: { userAgent?: string; withoutFetch?: boolean }): Promise<Page> {
  const page = await harness.browser.newPage({ userAgent: options.userAgent });
  await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }));
  if (options.withoutFetch) await page.addInitScript(() => delete (globalThis as { fetch?: unknown }).fetch);
  await page.goto(`${harness.baseUrl}/taskpane.html`);
  return page;
}

describe('the task pane on an old webview, with Office ready only later', () => {
  it.each([
    ['Office 2016’s Trident', { userAgent: TRIDENT }],
    ['a webview without fetch', { withoutFetch: true }],
  ])('%s: calls Office.onReady and shows the message only once Office is ready', async (_, options) => {
    const page = await openOldPane(options);
    // boot.ts calls onReady synchronously; had it drawn the message without waiting, it would be there now.
    await page.waitForFunction(() => window.__officeStub.onReadyCalls > 0);
    expect(await page.evaluate(() => document.getElementById('root')?.innerHTML ?? '')).toBe('');
    await expect(page.getByText(MESSAGE).count()).resolves.toBe(0);

    await page.evaluate(() => window.__officeStub.ready());
    await page.getByText(MESSAGE).waitFor();
    const stub = await page.evaluate(() => ({ onReadyCalls: window.__officeStub.onReadyCalls, rootWhenReady: window.__officeStub.rootWhenReady }));
    expect(stub).toEqual({ onReadyCalls: 1, rootWhenReady: '' });
    await expect(page.getByRole('link', { name: 'Откройте автономную страницу Опоры' }).getAttribute('href')).resolves.toBe(
      'opora-standalone.html',
    );
    await page.close();
  });
});
