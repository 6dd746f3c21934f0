/**
 * The standalone page: drop or pick an .xlsx, recalculate it in the page with the ExcelJS adapter, and
 * offer the result for download as «<name>.opora.xlsx». What the page shows is `viewPage.ts`.
 */
import { ExcelJsWorkbook, findLossyContent } from '../workbook/exceljs';
import { lossyList } from '../workbook/exceljs/lossyNames';
import { runRecalculation } from '../workbook/runRecalculation';
import { element } from './dom';
import { STRINGS } from './strings';
import { mountPage, type PageView } from './viewPage';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function outputName(input: string): string {
  return input.replace(/\.xlsx$/i, '') + '.opora.xlsx';
}

function offerDownload(bytes: Uint8Array, name: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
  const link = element('a', STRINGS.saveAgain);
  link.href = url;
  link.download = name;
  link.click();
  return link;
}

async function processFile(file: File, view: PageView): Promise<void> {
  await view.start(file.name);
  if (!/\.xlsx$/i.test(file.name)) return view.fail(STRINGS.notXlsx);
  let workbook: ExcelJsWorkbook;
  let lossy: string;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    lossy = lossyList(await findLossyContent(bytes));
    workbook = await ExcelJsWorkbook.fromBuffer(bytes);
  } catch {
    return view.fail(STRINGS.unreadable);
  }
  const outcome = await runRecalculation(workbook, { onStage: view.stage });
  if (!outcome.ok) {
    if (outcome.error) console.error(outcome.error);
    return view.fail(outcome.message);
  }
  const name = outputName(file.name);
  const link = offerDownload(await workbook.toBuffer(), name);
  if (lossy) view.warn(STRINGS.lossy(lossy));
  view.done(name, link, outcome.summary);
}

const view: PageView = mountPage(document.getElementById('app') ?? document.body, (file) => void processFile(file, view));
