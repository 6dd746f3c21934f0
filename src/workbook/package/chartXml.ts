/**
 * The drawing and chart parts for an OutputSheet's ChartSpecs: one drawing per sheet, one clustered
 * bar/column chart per spec anchored at its cell, series referring to the sheet's own cells with the
 * values cached, so Excel and LibreOffice draw it before any recalculation.
 */
import { type CellValue, type ChartSpec, columnLetter, type OutputSheet, parseRect } from '../../engine';
import { type Namespaces, TRANSITIONAL } from './conformance';
import { escapeXml } from './xmlText';

const EMU_PER_PX = 9525;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** `'Опора · Сводка'!$A$5:$A$9` for a range on the sheet. */
function reference(sheetName: string, range: string): string {
  const r = parseRect(range);
  const cell = (row: number, c: number) => `$${columnLetter(c)}$${row + 1}`;
  return `'${sheetName.replace(/'/g, "''")}'!${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
}

/** The cell values of a range, row by row then column by column. */
function valuesOf(sheet: OutputSheet, range: string): CellValue[] {
  const r = parseRect(range);
  const out: CellValue[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let c = r.left; c <= r.right; c++) out.push(sheet.values[row]?.[c] ?? null);
  }
  return out;
}

function strCache(values: CellValue[]): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`));
  return `<c:strCache><c:ptCount val="${values.length}"/>${points.join('')}</c:strCache>`;
}

function numCache(values: CellValue[]): string {
  const points = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''));
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points.join('')}</c:numCache>`;
}

/**
 * The chart part of one spec. Strict DrawingML writes the gap between bars and the label offset as
 * percentages («150%»), Transitional as plain numbers.
 */
export function chartXml(sheet: OutputSheet, spec: ChartSpec, ns: Namespaces = TRANSITIONAL): string {
  const percent = ns.strict ? '%' : '';
  const categories = valuesOf(sheet, spec.categories);
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(reference(sheet.name, spec.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(reference(sheet.name, s.values))}</c:f>${numCache(valuesOf(sheet, s.values))}</c:numRef></c:val></c:ser>`,
    )
    .join('');
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.drawing}" xmlns:r="${ns.relationships}"><c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${spec.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="150${percent}"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${spec.type === 'bar' ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${spec.type === 'bar' ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100${percent}"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${spec.type === 'bar' ? 'b' : 'l'}"/><c:majorGridlines/>` +
    '<c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

/** The drawing part placing each chart (`chartRelIds[i]` for spec i) at its anchor cell with its size. */
export function drawingXml(specs: ChartSpec[], chartRelIds: string[], ns: Namespaces = TRANSITIONAL): string {
  const anchors = specs.map((spec, i) => {
    const at = parseRect(spec.anchor);
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${at.left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${spec.widthPx * EMU_PER_PX}" cy="${spec.heightPx * EMU_PER_PX}"/>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Диаграмма ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${ns.chart}"><c:chart xmlns:c="${ns.chart}" r:id="${chartRelIds[i]}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>'
    );
  });
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.drawing}" xmlns:r="${ns.relationships}">${anchors.join('')}</xdr:wsDr>`;
}
