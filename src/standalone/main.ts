/**
 * The standalone page: drop or pick an .xlsx/.xlsm, recalculate it in the page with the package adapter
 * (the user's parts are copied byte for byte, Opora's sheets added), and offer the result for download as
 * «<name>.opora.xlsx». Shows the flagged schools and the diagnostics.
 */
import type { Summary } from '../engine/output/summary';
import { PackageWorkbook } from '../workbook/package';
import { runRecalculation } from '../workbook/runRecalculation';
import { STRINGS } from './strings';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

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

/** ШНОР and ШНСУ first, then objectivity risks, then warnings: the order a methodologist reads them in. */
const KIND_ORDER: Record<Summary['flags'][number]['kind'], number> = { ШНОР: 0, ШНСУ: 1, 'Риск необъективности': 2, Предупреждение: 3 };

function renderSummary(target: HTMLElement, summary: Summary): void {
  target.append(element('h2', STRINGS.flaggedTitle));
  if (summary.flags.length === 0) target.append(element('p', STRINGS.noneFlagged));
  const flags = element('ul');
  const ordered = [...summary.flags].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  for (const f of ordered) flags.append(element('li', `${f.schoolName} — ${f.kind} (${f.ruleId}): ${f.explanation}`));
  target.append(flags);
  target.append(element('h2', STRINGS.diagnosticsTitle));
  if (summary.diagnostics.length === 0) target.append(element('p', STRINGS.noDiagnostics));
  const list = element('ul');
  for (const d of summary.diagnostics) {
    const where = STRINGS.where(d.sheet, d.cell);
    list.append(element('li', `${where ? where + ': ' : ''}${d.text} ${d.advice}`, d.severity));
  }
  target.append(list);
}

async function processFile(file: File, status: HTMLElement, results: HTMLElement): Promise<void> {
  results.replaceChildren();
  if (!/\.xls[xm]$/i.test(file.name)) {
    status.textContent = STRINGS.notXlsx;
    return;
  }
  let workbook: PackageWorkbook;
  try {
    workbook = await PackageWorkbook.fromBytes(new Uint8Array(await file.arrayBuffer()));
  } catch {
    status.textContent = STRINGS.unreadable;
    return;
  }
  const outcome = await runRecalculation(workbook, { onStage: (stage) => (status.textContent = STRINGS.stages[stage]) });
  if (!outcome.ok) {
    status.textContent = outcome.message;
    if (outcome.error) console.error(outcome.error);
    return;
  }
  const name = outputName(file.name);
  const link = offerDownload(await workbook.toBytes(), name);
  status.textContent = STRINGS.done(name) + ' ';
  status.append(link);
  renderSummary(results, outcome.summary);
}

function mount(root: HTMLElement): void {
  document.title = STRINGS.title;
  const input = element('input');
  input.type = 'file';
  input.accept = '.xlsx,.xlsm,' + XLSX_MIME;
  input.hidden = true;
  const button = element('button', STRINGS.choose);
  button.addEventListener('click', () => input.click());
  const status = element('p', '', 'status');
  status.setAttribute('role', 'status');
  const results = element('section');
  const pick = (file: File | undefined) => file && void processFile(file, status, results);
  input.addEventListener('change', () => pick(input.files?.[0]));
  root.addEventListener('dragover', (e) => {
    e.preventDefault();
    status.textContent = STRINGS.dropHere;
  });
  root.addEventListener('drop', (e) => {
    e.preventDefault();
    pick(e.dataTransfer?.files?.[0]);
  });
  root.append(element('h1', STRINGS.title), element('p', STRINGS.lead), button, input, status, results);
}

mount(document.getElementById('app') ?? document.body);
