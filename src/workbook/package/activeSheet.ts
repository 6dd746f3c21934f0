/**
 * Whether the workbook may open on the sheet Opora asks to activate (`OutputDocument.activate`, the
 * summary). The workbook view's `activeTab` names the active sheet, and each sheet view's `tabSelected`
 * says whether that sheet is selected; ECMA-376 asks for the two to agree. Moving `activeTab` to Opora's
 * summary while a user's sheet still says `tabSelected="1"` opens the workbook with both tabs selected —
 * grouped, so what the user then types goes into both sheets — and clearing that flag would mean editing
 * the user's sheet part, which Opora never does. So the summary is activated only when no sheet part
 * Opora leaves as it is marks its tab selected (packages written by ExcelJS, the .NET Open XML SDK or an
 * earlier Opora run on such a file); a workbook saved by Excel keeps the tab the user left it on.
 */
import type JSZip from 'jszip';
import type { SheetEntry } from './layout';
import { streamPart } from './packageZip';
import { attribute, elements } from './xmlText';

const TRUE = /^(1|true)$/;

/** True if the sheet part marks its tab selected (read up to its `<sheetData>`, where sheet views end). */
async function tabSelected(zip: JSZip, part: string): Promise<boolean> {
  let head = '';
  await streamPart(zip, part, (chunk) => {
    head += chunk;
    return !/<(?:[\w.-]+:)?(?:sheetData|sheetFormatPr|cols)[\s/>]|<\/(?:[\w.-]+:)?sheetViews>/.test(head);
  });
  return elements(head, 'sheetView').some((view) => TRUE.test(attribute(view.tag, 'tabSelected') ?? ''));
}

/** True if one of `untouched` (sheets whose parts stay the user's) has its tab selected. */
export async function userSelectedTab(zip: JSZip, untouched: SheetEntry[]): Promise<boolean> {
  for (const sheet of untouched) if (sheet.part && (await tabSelected(zip, sheet.part))) return true;
  return false;
}
