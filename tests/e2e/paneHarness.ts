/**
 * The task pane's browser preview for e2e tests: builds and serves dist/, launches Chromium, opens the
 * pane (light or dark, at a width, optionally on a workbook recalculated before the pane opened) and
 * runs «Пересчитать».
 */
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { ensurePreviewBuilt } from './previewBuild';

const { serveDir, DIST } = require('../../scripts/preview.js') as {
  serveDir(dir: string, port: number): Promise<Server>;
  DIST: string;
};

export { DIST };

export interface PaneHarness {
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

export async function startPaneHarness(): Promise<PaneHarness> {
  await ensurePreviewBuilt();
  const server = await serveDir(DIST, 0);
  const browser = await launchChromium();
  return {
    browser,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export async function openPane(
  harness: PaneHarness,
  options: { width?: number; theme?: 'light' | 'dark'; recalculated?: boolean } = {},
): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: { width: options.width ?? 400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${harness.baseUrl}/preview.html?theme=${options.theme ?? 'light'}${options.recalculated ? '&recalculated' : ''}`);
  await page.getByRole('button', { name: 'Пересчитать' }).waitFor({ timeout: 120_000 });
  expect(errors).toEqual([]);
  return page;
}

export async function recalculate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Пересчитать' }).click();
  await page.getByText(/^Готово: школ — 22/).waitFor({ timeout: 120_000 });
}
