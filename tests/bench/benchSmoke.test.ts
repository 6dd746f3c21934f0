/**
 * `npm run bench` is what the README's performance figures come from, and nothing else runs it: a change to
 * the engine's API once broke a section unnoticed until the next full run. This runs every section that
 * needs no production bundle and no giant file on the smallest district, against the current sources
 * compiled into a temporary folder, and checks each prints its figures.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const SECTIONS = ['engine', 'dynamicsMonitoring', 'cliOverExcelJs', 'longSheet', 'readers', 'recognizerOverExcelJsRead', 'officeJsSimulator'];

interface BenchOutput {
  sizes: number[];
  measurements: Record<string, Record<string, unknown>>;
}

/** Every number anywhere in a section's figures. */
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersOf);
  return [];
}

let output: BenchOutput;

beforeAll(() => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-bench-dist-'));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json', '--outDir', dist], { cwd: ROOT });
  const stdout = execFileSync(process.execPath, ['scripts/bench.js', '--sizes', '22', '--runs', '1', '--only', SECTIONS.join(',')], {
    cwd: ROOT,
    // The compiled files live outside the project: their `require`s find its node_modules through NODE_PATH.
    env: { ...process.env, OPORA_DIST: dist, NODE_PATH: path.join(ROOT, 'node_modules') },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  output = JSON.parse(stdout) as BenchOutput;
}, 600_000);

test.each(SECTIONS)('the bench section «%s» runs on 22 schools and prints its figures', (section) => {
  const figures = output.measurements[section];
  expect(figures).toBeDefined();
  const numbers = numbersOf(figures);
  expect(numbers.length).toBeGreaterThan(0);
  for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
});

test('the engine and the CLI measured the 22 schools they were given', () => {
  expect(output.measurements.engine['22 ОО']).toMatchObject({ schoolsRecognized: 22 });
  const cli = output.measurements.cliOverExcelJs['22 ОО'] as { cliMs: number; cliPeakRssMb: number };
  expect(cli.cliMs).toBeGreaterThan(0);
  expect(cli.cliPeakRssMb).toBeGreaterThan(0);
});

test('the long-sheet section recalculated one sheet with a row per school, year and ВПР', () => {
  const [figures] = Object.values(output.measurements.longSheet) as { rows: number; cliMs: number }[];
  // 44 schools (twice the size given) × 3 years × their ВПР subjects and grades: more than 44 × 3 rows.
  expect(figures.rows).toBeGreaterThan(44 * 3);
  expect(figures.cliMs).toBeGreaterThan(0);
});
