/** Runs axe-core in a page and returns its serious and critical violations (id, help and where). */
import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

declare const window: { axe: { run(): Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] }[] }> } };

export async function seriousViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  // page.evaluate is not subject to the page's Content-Security-Policy, unlike an injected <script>.
  await page.evaluate(AXE_SOURCE);
  const { violations } = await page.evaluate(() => window.axe.run());
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
}
