/**
 * Builds dist/ (the preview with the task pane, and the standalone page) once for all e2e test files:
 * skipped when dist/ is newer than every source, and guarded by a lock directory so two jest workers
 * never run webpack into the same folder at once.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
const LOCK = join(ROOT, 'dist.build-lock');
const OUTPUTS = ['preview.html', 'preview-data/sample-grids.json', 'opora-standalone.html'].map((f) => join(DIST, f));
const INPUTS = ['src', 'tests/support/excel-simulator', 'assets/sample-district.xlsx', 'webpack.config.js'].map((p) => join(ROOT, p));

/** Newest modification time under a path (recursively). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

function upToDate(): boolean {
  try {
    return Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs)) > Math.max(...INPUTS.map(newest));
  } catch {
    return false;
  }
}

const STALE_LOCK_MS = 20 * 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function ensurePreviewBuilt(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building; a lock older than any build is left over from a killed run.
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(1000);
    }
  }
  try {
    if (!upToDate()) execFileSync(process.execPath, [join(ROOT, 'scripts', 'preview.js'), '--build'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
