/** Runs the CLI in-process on files in a fresh temp folder and captures what it prints. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CliIo } from '../../src/cli/io';

export interface Captured extends CliIo {
  stdout: string[];
  stderr: string[];
}

export function capture(): Captured {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(...l.split('\n')), err: (l) => stderr.push(...l.split('\n')) };
}

/** A temp folder removed after the test file. */
export function tempFolder(): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'opora-cli-'));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small district workbook: one ОГЭ results sheet, three schools, marks «2»…«5». */
export async function tinyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ОГЭ математика');
  ws.addRow(['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»']);
  ws.addRow([2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 1', 40, 14, 16, 8, 2]);
  ws.addRow([2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 2', 52, 3, 20, 20, 9]);
  ws.addRow([2024, 'ОГЭ', 'Математика', 'МБОУ ООШ с. Луговое', 12, 1, 6, 4, 1]);
  ws.getColumn(4).width = 28;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
