/**
 * The CLI on files that used to exhaust it, each run in a process of its own to measure its peak memory:
 * a zip bomb (one sheet part inflating to 1.5 GiB, declared honestly) must be refused (exit 2) at once,
 * and a sheet of a million formatted rows under a small results table must be recalculated in bounded
 * memory.
 */
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');
const { oneSheetWorkbook, writeDeflatedZip } = require('./deflatedZip');

const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyNumberFormat="1"/></cellXfs>' +
  '</styleSheet>';

const HEADER = ['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»'];
const ROWS = [
  [2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 1', 40, 14, 16, 8, 2],
  [2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 2', 52, 3, 20, 20, 9],
];
const COLS = 'ABCDEFGHI';

function cell(ref, v) {
  return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
}

function* millionRows() {
  yield `<row r="1">${HEADER.map((v, i) => cell(`${COLS[i]}1`, v)).join('')}</row>`;
  for (const [j, row] of ROWS.entries()) yield `<row r="${j + 2}">${row.map((v, i) => cell(`${COLS[i]}${j + 2}`, v)).join('')}</row>`;
  let batch = [];
  for (let r = 4; r <= 1_000_003; r++) {
    batch.push(`<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"/><c r="C${r}" s="1"/><c r="D${r}" s="1"/><c r="E${r}" s="1"/></row>`);
    if (batch.length === 10_000) {
      yield batch.join('');
      batch = [];
    }
  }
  if (batch.length) yield batch.join('');
}

function* spaces(total) {
  const chunk = Buffer.alloc(16 * 1024 * 1024, 0x20);
  for (let left = total; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
}

function runCli(ctx, args) {
  const child = path.join(__dirname, 'cliChild.js');
  try {
    return JSON.parse(execFileSync(process.execPath, [child, ctx.dist, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  } catch (error) {
    return { failed: String(error.stderr ?? error).slice(0, 300) };
  }
}

module.exports = {
  name: 'bigFiles',
  async run(ctx) {
    const bomb = path.join(ctx.tmp, 'bomb.xlsx');
    await writeDeflatedZip(bomb, oneSheetWorkbook(() => spaces(1.5 * 2 ** 30), STYLES));
    const million = path.join(ctx.tmp, 'million.xlsx');
    await writeDeflatedZip(million, oneSheetWorkbook(millionRows, STYLES));
    const fs = require('fs');
    return {
      zipBomb: { inflatesToGiB: 1.5, fileKb: Math.round(fs.statSync(bomb).size / 1024), ...runCli(ctx, ['recalc', bomb, '-o', path.join(ctx.tmp, 'bomb-out.xlsx')]) },
      millionFormattedRows: {
        fileMb: Math.round(fs.statSync(million).size / 2 ** 20),
        ...runCli(ctx, ['recalc', million, '-o', path.join(ctx.tmp, 'million-out.xlsx')]),
      },
    };
  },
};
