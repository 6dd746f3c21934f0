/**
 * The standalone page writes with the same package writer as the CLI, in the browser: each workbook of
 * issue 11's corpus is given to the page opened from file:// in headless Chromium, and the workbook it
 * offers keeps every entry Opora does not own byte for byte (same CRC-32, same compressed and inflated
 * bytes), holds the same entries with the same bytes as the CLI's writer gives in Node, and the page made
 * no request. All 30 workbooks of the corpus run (about a minute and a half).
 */
import type { Browser } from 'playwright-core';
import { join } from 'path';
import { recalculate } from '../../src/engine/recalculate';
import { PackageWorkbook } from '../../src/workbook/package';
import { CORPUS } from '../adapter/package/corpus';
import { EDITABLE, zipEntries } from '../adapter/package/zipCompare';
import { launchChromium } from './chromium';
import { DIST, ensurePreviewBuilt } from './previewBuild';

const PAGE_URL = `file://${join(DIST, 'opora-standalone.html')}`;

let browser: Browser;

beforeAll(async () => {
  await ensurePreviewBuilt();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

/** The workbook the page offers for `bytes`, and what the page requested and threw meanwhile. */
async function throughPage(name: string, bytes: Uint8Array): Promise<{ out: Uint8Array; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(PAGE_URL);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.setInputFiles('input[type=file]', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { out: new Uint8Array(Buffer.concat(chunks)), requests, errors };
  } finally {
    await page.close();
  }
}

async function inNode(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await PackageWorkbook.fromBytes(bytes);
  await book.apply(recalculate(await book.readGrids()).output);
  return book.toBytes();
}

const cases = CORPUS.filter((c) => !c.unavailable);

it.each(cases.map((c) => [c.name, c] as const))('%s: the page copies every entry Opora does not own byte for byte', async (_, corpusCase) => {
  const input = await corpusCase.build();
  const { out, requests, errors } = await throughPage(`район${corpusCase.extension ?? '.xlsx'}`, input);
  expect(errors).toEqual([]);
  expect(requests).toEqual([PAGE_URL]);
  const before = await zipEntries(input);
  const after = await zipEntries(out);
  let compared = 0;
  for (const [name, entry] of before) {
    if (EDITABLE.has(name)) continue;
    const got = after.get(name);
    expect({ name, crc32: got?.crc32, compressedSize: got?.compressedSize }).toEqual({ name, crc32: entry.crc32, compressedSize: entry.compressedSize });
    expect({ name, same: Buffer.from(got!.bytes).equals(Buffer.from(entry.bytes)) }).toEqual({ name, same: true });
    compared += 1;
  }
  expect(compared).toBeGreaterThan(0);
  // The browser's writer is the CLI's: the same entries, and Opora's parts with the same bytes.
  const node = await zipEntries(await inNode(input));
  expect([...after.keys()].sort()).toEqual([...node.keys()].sort());
  for (const [name, entry] of after) expect({ name, same: Buffer.from(entry.bytes).equals(Buffer.from(node.get(name)!.bytes)) }).toEqual({ name, same: true });
}, 240_000);
