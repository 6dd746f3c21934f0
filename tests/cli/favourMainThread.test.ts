/**
 * `opora` sets the process's helper threads to give way to its main thread (nice 19 on Linux), and
 * only those: the main thread keeps its priority, and threads started afterwards (zlib's pool) keep
 * theirs. Checked on the real kernel in a process of its own, since the setting is the process's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModuleKind, transpileModule } from 'typescript';

/** What the child reports: the main thread's nice value after the call, and the others' before it, after it, and once zlib's pool has started. */
interface Niceness {
  main: number;
  before: number[];
  after: number[];
  later: number[];
}

const CHILD = `
const fs = require('fs');
const os = require('os');
const { favourMainThread } = require('./favourMainThread.js');
const others = () => fs.readdirSync('/proc/self/task').map(Number).filter((t) => t !== process.pid);
const nice = (ids) => ids.map((t) => os.getPriority(t));
const present = others();
const before = nice(present);
favourMainThread();
const after = nice(present);
// Work on libuv's pool starts its threads now, after the call.
fs.readFile(__filename, () => {
  const later = nice(others().filter((t) => !present.includes(t)));
  process.stdout.write(JSON.stringify({ main: os.getPriority(process.pid), before, after, later }));
});
`;

function runChild(): Niceness {
  const folder = mkdtempSync(join(tmpdir(), 'opora-nice-'));
  try {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'cli', 'favourMainThread.ts'), 'utf8');
    writeFileSync(join(folder, 'favourMainThread.js'), transpileModule(source, { compilerOptions: { module: ModuleKind.CommonJS } }).outputText);
    writeFileSync(join(folder, 'child.js'), CHILD);
    return JSON.parse(execFileSync(process.execPath, [join(folder, 'child.js')], { encoding: 'utf8' })) as Niceness;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

(process.platform === 'linux' ? it : it.skip)('sets every other thread there is to nice 19, and leaves the main thread and later threads as they were', () => {
  const { main, before, after, later } = runChild();
  // V8 starts its helper threads with the process: there are some to set. They start at the process's
  // own nice value (0, unless the tests themselves run niced), which the main thread keeps.
  expect(before.length).toBeGreaterThan(0);
  expect(before.every((n) => n === main)).toBe(true);
  expect(after).toEqual(before.map(() => 19));
  expect(later.length).toBeGreaterThan(0);
  expect(later.every((n) => n === main)).toBe(true);
});
