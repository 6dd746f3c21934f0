/**
 * The standalone page: drop or pick an .xlsx/.xlsm, recalculate it in the page with the package adapter
 * (the user's parts are copied byte for byte, Opora's sheets added), and offer the result for download as
 * «<name>.opora.xlsx». The browser's own compression streams do the zip's (de)compression where it has them
 * (`webStreamsCodec`), else JSZip's pako. What the page shows is `viewPage.ts`.
 */
import { PackageWorkbook, webStreamsCodec } from '../workbook/package';
import { runRecalculation } from '../workbook/runRecalculation';
import { element } from './dom';
import { STRINGS } from './strings';
import { mountPage, type PageView } from './viewPage';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `район.xlsm` → `район.opora.xlsm`: a macro-enabled package keeps its extension. */
function outputName(input: string): string {
  return input.replace(/\.(xls[xm])$/i, (_, ext: string) => `.opora.${ext.toLowerCase()}`);
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
  if (!/\.xls[xm]$/i.test(file.name)) return view.fail(STRINGS.notXlsx);
  let workbook: PackageWorkbook;
  try {
    workbook = await PackageWorkbook.fromBytes(new Uint8Array(await file.arrayBuffer()), webStreamsCodec());
  } catch {
    return view.fail(STRINGS.unreadable);
  }
  const outcome = await runRecalculation(workbook, { onStage: view.stage });
  if (!outcome.ok) {
    if (outcome.error) console.error(outcome.error);
    return view.fail(outcome.message);
  }
  const name = outputName(file.name);
  const link = offerDownload(await workbook.toBytes(), name);
  view.done(name, link, outcome.summary);
}

const view: PageView = mountPage(document.getElementById('app') ?? document.body, (file) => void processFile(file, view));
