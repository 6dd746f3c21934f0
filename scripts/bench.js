#!/usr/bin/env node
/**
 * `npm run bench`: generates synthetic districts (22, 500, 2 000 schools × 3 years) with the sample
 * generator, runs every measurement in `scripts/bench/` (each a `{ name, run(ctx) }` module, run in file
 * name order; `--only name,name` runs just those) and prints one JSON document: machine info plus one
 * entry per measurement. Measurements
 * use the compiled engine in `dist/node/` (built with `npm run build:cli` first if it is missing), or the
 * build that the environment variable OPORA_DIST names.
 */
'use strict';

const { execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { syntheticWorkbook, writeWorkbook } = require('./lib');

const ROOT = path.join(__dirname, '..');
/** The compiled engine; OPORA_DIST points at another build (e.g. to compare two versions). */
const DIST = process.env.OPORA_DIST ? path.resolve(process.env.OPORA_DIST) : path.join(ROOT, 'dist', 'node');
const DEFAULTS = { sizes: [22, 500, 2000], runs: 3, only: null };
const USAGE = 'Использование: bench.js [--sizes 22,500,2000] [--runs 3] [--only engine,dynamicsMonitoring]';

/** `--sizes 22,500`, `--runs 1` and `--only name` shorten a run; the defaults are the published benchmark. */
function parseArgs(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--sizes') options.sizes = argv[i + 1].split(',').map(Number);
    else if (argv[i] === '--runs') options.runs = Number(argv[i + 1]);
    else if (argv[i] === '--only') options.only = argv[i + 1].split(',');
    else throw new Error(`${USAGE} (не понят аргумент «${argv[i]}»)`);
  }
  return options;
}

function ensureBuild() {
  if (fs.existsSync(path.join(DIST, 'engine', 'recalculate.js'))) return;
  process.stderr.write('dist/node не найден — собираю: npm run build:cli\n');
  execSync('npm run build:cli', { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
}

/** Measurement modules: every `scripts/bench/NN-name.js`, in name order; only the named ones if `only` is set. */
function measurements(only) {
  const dir = path.join(__dirname, 'bench');
  const all = fs
    .readdirSync(dir)
    .filter((f) => /^\d+-.+\.js$/.test(f))
    .sort()
    .map((f) => require(path.join(dir, f)));
  const unknown = (only ?? []).filter((name) => !all.some((m) => m.name === name));
  if (unknown.length > 0) throw new Error(`${USAGE} (нет замера «${unknown.join('», «')}»; есть: ${all.map((m) => m.name).join(', ')})`);
  return only ? all.filter((m) => only.includes(m.name)) : all;
}

async function main() {
  const { sizes, runs, only } = parseArgs(process.argv.slice(2));
  const chosen = measurements(only);
  ensureBuild();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-bench-'));
  try {
    const files = {};
    for (const n of sizes) {
      files[n] = path.join(tmp, `district-${n}.xlsx`);
      await writeWorkbook(syntheticWorkbook(n), files[n]);
    }
    const ctx = { tmp, sizes, runs, files, dist: DIST, require: (p) => require(path.join(DIST, p)) };
    const results = {};
    for (const m of chosen) {
      process.stderr.write(`… ${m.name}\n`);
      results[m.name] = await m.run(ctx);
    }
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    };
    process.stdout.write(`${JSON.stringify({ machine, sizes, runs, measurements: results }, null, 2)}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
