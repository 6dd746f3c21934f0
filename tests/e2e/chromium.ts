/**
 * Finds a Chromium for the e2e tests without downloading one: `CHROMIUM_PATH`, then a system Chromium or
 * Chrome, then the binary packed in @sparticuz/chromium (unpacked into /tmp on first use).
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Quiet, offline, sandbox-free flags for a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return system;
  // @sparticuz/chromium is ESM-only, which jest's CommonJS runtime cannot load: ask node itself.
  const script = "import('@sparticuz/chromium').then(async (m) => console.log(await m.default.executablePath()))";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
