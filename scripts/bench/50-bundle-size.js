/**
 * Gzipped size of what the add-in downloads: the task pane (the ES5 boot script plus the React chunks it
 * loads), the ribbon commands bundle, and the standalone page. Builds production bundles into a temporary
 * folder with webpack's Node API (a few minutes on two cores).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..', '..');

function build(outDir) {
  const webpack = require('webpack');
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  return makeConfig({}, { mode: 'production' }).then(
    (config) =>
      new Promise((resolve, reject) => {
        webpack({ ...config, mode: 'production', devtool: false, output: { ...config.output, path: outDir, clean: true } }, (err, stats) => {
          if (err) return reject(err);
          if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
          resolve(stats.toJson({ all: false, ids: true, chunks: true, chunkRelations: true, entrypoints: true }));
        });
      }),
  );
}

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

module.exports = {
  name: 'bundleSizeGzip',
  async run(ctx) {
    const outDir = path.join(ctx.tmp, 'dist-prod');
    const stats = await build(outDir);
    /** Files of an entry point and of every chunk it loads later (the pane's React app is lazy). */
    const filesOf = (entry) => {
      const byId = new Map(stats.chunks.map((c) => [c.id, c]));
      const seen = new Set();
      const walk = (id) => {
        if (seen.has(id)) return;
        seen.add(id);
        for (const child of byId.get(id).children ?? []) walk(child);
      };
      for (const c of stats.chunks) if (c.names.includes(entry)) walk(c.id);
      return [...seen].flatMap((id) => byId.get(id).files).filter((f) => f.endsWith('.js'));
    };
    const sum = (files) => files.reduce((n, f) => n + gz(path.join(outDir, f)), 0);
    return {
      taskpaneBytes: sum(filesOf('taskpane')),
      taskpaneBootBytes: gz(path.join(outDir, 'taskpane.js')),
      commandsBytes: sum(filesOf('commands')),
      standalonePageBytes: gz(path.join(outDir, 'opora-standalone.html')),
    };
  },
};
