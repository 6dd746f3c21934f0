/**
 * Checks paths before any work: the input exists and is an .xlsx/.xlsm (not an Excel 97–2003 file under
 * any name, not a password-protected file, not text renamed to .xlsx), and the output is a file in an
 * existing folder. Each failure is an UnusableInput with a Russian sentence saying what to do.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { ERR } from './messages';
import { UnusableInput } from './unusableInput';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: old .xls, and also any .xlsx that Excel encrypted with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted .xlsx keeps its package in, as its UTF-16LE directory entry names it. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

async function head(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buf = new Uint8Array(8);
    const { bytesRead } = await file.read(buf, 0, 8, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Throws UnusableInput unless `path` looks like an .xlsx workbook ExcelJS can try to open. */
export async function checkWorkbookFile(path: string): Promise<void> {
  const info = await statOrNull(path);
  if (!info) throw new UnusableInput(ERR.fileMissing(path));
  if (info.isDirectory()) throw new UnusableInput(ERR.notAFile(path));
  const bytes = await head(path);
  const ext = extname(path).toLowerCase();
  if (startsWith(bytes, OLE)) {
    // An encrypted .xlsx is an OLE file with an EncryptedPackage stream; any other OLE workbook is Excel 97–2003.
    const encrypted = (await readFile(path)).includes(ENCRYPTED_PACKAGE);
    throw new UnusableInput(encrypted ? ERR.encrypted(path) : ERR.oldXls(path));
  }
  if (ext === '.xls') throw new UnusableInput(ERR.oldXls(path));
  if (!WORKBOOK_EXTENSIONS.has(ext) || !startsWith(bytes, ZIP)) throw new UnusableInput(ERR.notXlsx(path));
}

/** Throws UnusableInput unless `path` is an existing folder. */
export async function checkFolder(path: string): Promise<void> {
  const info = await statOrNull(path);
  if (!info || !info.isDirectory()) throw new UnusableInput(ERR.folderMissing(path));
}

/** Throws UnusableInput unless `file` can be written: its folder exists and it is not itself a folder. */
export async function checkOutputPath(file: string): Promise<void> {
  await checkFolder(dirname(file));
  if ((await statOrNull(file))?.isDirectory()) throw new UnusableInput(ERR.outputIsFolder(file));
}

/** `Район.xlsx` → `Район.bak.xlsx`, beside the original. */
export function backupPath(path: string): string {
  const ext = extname(path);
  return resolve(dirname(path), `${basename(path, ext)}.bak${ext}`);
}
