#!/usr/bin/env node
/**
 * `npm run preview`: the task pane in an ordinary browser, against the sample district held in the Excel
 * simulator. Builds dist/ with the preview entry, writes the sample district's sheets as SheetGrid JSON
 * (read by the ExcelJS adapter, so the preview sees exactly what the CLI sees), and serves dist/ on
 * http://localhost:3001 with node's own http server.
 *
 *   node scripts/preview.js            build, serve and print the URL
 *   node scripts/preview.js --build    build only (the e2e test uses this)
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const SAMPLE = path.join(ROOT, 'assets', 'sample-district.xlsx');
const GRIDS_JSON = path.join(DIST, 'preview-data', 'sample-grids.json');
const PORT = 3001;
const { registerTypeScript } = require('./lib/registerTypeScript');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
};

async function writeSampleGrids() {
  registerTypeScript();
  const { ExcelJsWorkbook } = require(path.join(ROOT, 'src/workbook/exceljs/index.ts'));
  const grids = await (await ExcelJsWorkbook.fromFile(SAMPLE)).readGrids();
  fs.mkdirSync(path.dirname(GRIDS_JSON), { recursive: true });
  fs.writeFileSync(GRIDS_JSON, JSON.stringify(grids));
  return grids.length;
}

function runWebpack() {
  const webpack = require('webpack');
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  return makeConfig({ preview: true }, { mode: 'development' }).then(
    (config) =>
      new Promise((resolve, reject) => {
        webpack({ ...config, mode: 'development' }, (err, stats) => {
          if (err) return reject(err);
          if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
          resolve();
        });
      }),
  );
}

async function buildPreview() {
  await runWebpack();
  const sheets = await writeSampleGrids();
  console.log(`Собрано: dist/ (листов в примере района: ${sheets})`);
}

/** Serves `dir` on localhost; resolves with the server once it listens (port 0 = any free port). */
function serveDir(dir, port) {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = path.join(dir, urlPath === '/' ? 'preview.html' : urlPath);
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Не найдено');
        return;
      }
      res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream' }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function main() {
  await buildPreview();
  if (process.argv.includes('--build')) return;
  await serveDir(DIST, PORT);
  console.log(`Предпросмотр панели Опоры: http://localhost:${PORT}/preview.html  (тёмная тема: ?theme=dark)`);
}

module.exports = { serveDir, DIST };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
