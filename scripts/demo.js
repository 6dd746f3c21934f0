#!/usr/bin/env node
/**
 * `npm run demo`: builds the CLI, recalculates the bundled sample district into `out/` and prints what
 * Opora found. The first thing a new user runs; it touches nothing outside `out/`.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const input = path.join(root, 'assets', 'sample-district.xlsx');
const outDir = path.join(root, 'out');
const output = path.join(outDir, 'sample-district.opora.xlsx');
const json = path.join(outDir, 'sample-district.summary.json');

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
fs.mkdirSync(outDir, { recursive: true });
const { main } = require(path.join(root, 'dist', 'node', 'cli', 'main.js'));
main(['recalc', input, '-o', output, '--json', json]).then((code) => {
  process.exitCode = code;
});
