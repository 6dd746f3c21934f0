#!/usr/bin/env node
/* The `opora` command: a shim over the compiled CLI (`npm run build:cli` writes dist/node). */
'use strict';
const path = require('path');

const NOT_BUILT = 'Опора не собрана или собрана не полностью: выполните «npm run build» в папке Опоры и запустите команду снова.\n';

let cli;
try {
  cli = require(path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write(NOT_BUILT);
    process.exit(1);
  }
  throw error;
}
cli.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
