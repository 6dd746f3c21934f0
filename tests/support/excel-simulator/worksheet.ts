/**
 * Simulated `Excel.Worksheet` and `WorksheetCollection` with the sheet-level members Opora uses:
 * used range, ranges by address or index, freeze panes, auto filter, page layout, charts, tables,
 * visibility, position, tab colour. Each checks the ExcelApi version it needs, as a real host would.
 */
import { MAX_COLS, MAX_ROWS, parseLocal, splitSheet, type Rect } from './addresses';
import { activeSheetOf, newSheet, usedRect, type SimChart, type SimSheet, type SimVisibility, type SimWorkbookModel } from './model';
import { SimRange, type RangeTarget } from './range';
import { loadPaths, SimObject, SimRichApiError, type SimRequest } from './request';

const VISIBILITIES: SimVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];
const BAD_NAME = /[[\]:*?/\\]/;

function validName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'")) {
    throw new SimRichApiError('InvalidArgument', `invalid sheet name «${String(name)}»`);
  }
  return name;
}

function findSheet(model: SimWorkbookModel, name: string): SimSheet | undefined {
  const key = name.toLowerCase();
  return model.sheets.find((s) => s.name.toLowerCase() === key);
}

/** `getItem(key)`: Excel takes the worksheet's name or its id. */
function sheetByKey(model: SimWorkbookModel, key: string): SimSheet | undefined {
  return model.sheets.find((s) => s.id === key) ?? findSheet(model, key);
}

function visibleCount(model: SimWorkbookModel): number {
  return model.sheets.filter((s) => s.visibility === 'Visible').length;
}

export class SimWorksheet extends SimObject<SimSheet> {
  readonly freezePanes: object;
  readonly autoFilter: object;
  readonly pageLayout: object;
  readonly horizontalPageBreaks: { add: (at: string) => object };
  readonly charts: { add: (type: string, source: SimRange, seriesBy?: string) => object };
  readonly tables: SimTableCollection;

  constructor(req: SimRequest, private readonly model: SimWorkbookModel, resolver: () => SimSheet | null) {
    super(req, resolver);
    const freeze = (rows: number, cols: number) => this.command({ freeze: [rows, cols] }, (s) => (s.freeze = rows + cols === 0 ? null : { rows, cols }));
    this.freezePanes = Object.freeze({
      freezeRows: (n = 1) => (req.require(7, 'freezePanes'), freeze(n, 0)),
      freezeColumns: (n = 1) => (req.require(7, 'freezePanes'), freeze(0, n)),
      freezeAt: (at: SimRange | string) => {
        req.require(7, 'freezePanes');
        const rect = this.rectOf(at);
        freeze(rect.bottom + 1, rect.right + 1);
      },
      unfreeze: () => (req.require(7, 'freezePanes'), freeze(0, 0)),
    });
    this.autoFilter = Object.freeze({
      apply: (range: SimRange | string) => {
        req.require(9, 'autoFilter');
        const rect = this.rectOf(range);
        this.command({ autoFilter: rect }, (s) => (s.autoFilter = rect));
      },
    });
    const layout = (key: 'orientation' | 'paperSize' | 'zoom') => ({
      set: (value: unknown) => {
        req.require(9, 'pageLayout');
        this.command({ [key]: value }, (s) => ((s.pageLayout as unknown as Record<string, unknown>)[key] = value));
      },
      get: () => {
        throw new SimRichApiError('PropertyNotLoaded', `pageLayout.${key} is write-only in this simulator`);
      },
      enumerable: true,
    });
    const pageLayout = {
      setPrintTitleRows: (rows: string) => {
        req.require(9, 'pageLayout');
        this.command({ printTitleRows: rows }, (s) => (s.pageLayout.printTitleRows = rows));
      },
    };
    this.horizontalPageBreaks = Object.freeze({
      add: (at: string) => {
        req.require(9, 'horizontalPageBreaks');
        this.command({ pageBreak: at }, (s) => s.pageLayout.rowBreaks.push(at));
        // Excel returns the new PageBreak; nothing of it is used.
        return Object.freeze({});
      },
    });
    Object.defineProperties(pageLayout, { orientation: layout('orientation'), paperSize: layout('paperSize'), zoom: layout('zoom') });
    this.pageLayout = Object.seal(pageLayout);
    this.charts = Object.freeze({ add: (type: string, source: SimRange, seriesBy?: string) => this.addChart(type, source, seriesBy) });
    this.tables = new SimTableCollection(req, () => this.must(), (s) => this.checkAlive(s));
  }

  protected override must(): SimSheet {
    const s = super.must();
    this.checkAlive(s);
    return s;
  }

  private checkAlive(s: SimSheet): void {
    if (!this.model.sheets.includes(s)) throw new SimRichApiError('ItemNotFound', `sheet «${s.name}» was deleted`);
  }

  protected snapshot(s: SimSheet, path: string): unknown {
    switch (path) {
      case 'name':
        return s.name;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.model.sheets.indexOf(s);
      case 'tabColor':
        return s.tabColor;
      case 'id':
        return s.id;
      default:
        throw new SimRichApiError('InvalidArgument', `Worksheet.${path} is not simulated`);
    }
  }

  /** Used by the collection to fill a loaded item. */
  fill(paths: string[], s: SimSheet): void {
    for (const p of paths) {
      const v = this.snapshot(s, p);
      this.req.respond(v);
      this.setLoaded(p, v);
    }
  }

  get id(): string {
    return this.get('id') as string;
  }
  get name(): string {
    return this.get('name') as string;
  }
  set name(value: string) {
    this.command({ name: value }, (s) => {
      const other = findSheet(this.model, validName(value));
      if (other && other !== s) throw new SimRichApiError('ItemAlreadyExists', `a sheet «${value}» already exists`);
      if (this.model.activeSheet === s.name) this.model.activeSheet = value;
      s.name = value;
    });
  }
  get visibility(): SimVisibility {
    return this.get('visibility') as SimVisibility;
  }
  set visibility(value: SimVisibility) {
    this.command({ visibility: value }, (s) => {
      if (!VISIBILITIES.includes(value)) throw new SimRichApiError('InvalidArgument', `visibility ${String(value)}`);
      if (value !== 'Visible' && s.visibility === 'Visible' && visibleCount(this.model) === 1) {
        throw new SimRichApiError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      }
      s.visibility = value;
    });
  }
  get position(): number {
    return this.get('position') as number;
  }
  set position(value: number) {
    this.command({ position: value }, (s) => {
      if (!Number.isInteger(value) || value < 0 || value >= this.model.sheets.length) {
        throw new SimRichApiError('InvalidArgument', `position ${value}`);
      }
      this.model.sheets.splice(this.model.sheets.indexOf(s), 1);
      this.model.sheets.splice(value, 0, s);
    });
  }
  get tabColor(): string {
    return this.get('tabColor') as string;
  }
  set tabColor(value: string) {
    this.req.require(7, 'Worksheet.tabColor');
    this.command({ tabColor: value }, (s) => (s.tabColor = value));
  }

  delete(): void {
    this.command({ delete: true }, (s) => {
      // Worksheet.delete: a very hidden sheet must be made hidden or visible first.
      if (s.visibility === 'VeryHidden') throw new SimRichApiError('InvalidOperation', `sheet «${s.name}» is very hidden`);
      if (s.visibility === 'Visible' && visibleCount(this.model) === 1) {
        throw new SimRichApiError('InvalidOperation', 'cannot delete the last visible sheet');
      }
      // What Excel does here is not documented (its window moves to a neighbour): stricter than Excel, the
      // simulator refuses, so the adapter activates another sheet first and relies on nothing undocumented.
      if (activeSheetOf(this.model) === s) throw new SimRichApiError('InvalidOperation', `sheet «${s.name}» is the active sheet`);
      this.model.sheets.splice(this.model.sheets.indexOf(s), 1);
    });
  }

  activate(): void {
    this.command({ activate: true }, (s) => {
      if (s.visibility !== 'Visible') throw new SimRichApiError('InvalidOperation', 'cannot activate a hidden sheet');
      this.model.activeSheet = s.name;
    });
  }

  private range(rect: () => Rect): SimRange {
    return new SimRange(this.req, () => ({ sheet: this.must(), rect: rect() }), (s) => this.checkAlive(s));
  }

  getRange(address?: string): SimRange {
    if (address === undefined) return this.range(() => ({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }));
    return this.range(() => this.parse(address));
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): SimRange {
    this.req.require(7, 'getRangeByIndexes');
    return this.range(() => {
      if (rowCount < 1 || colCount < 1 || row < 0 || col < 0 || row + rowCount > MAX_ROWS || col + colCount > MAX_COLS) {
        throw new SimRichApiError('InvalidArgument', `getRangeByIndexes(${row}, ${col}, ${rowCount}, ${colCount})`);
      }
      return { top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    this.req.require(4, 'getUsedRangeOrNullObject');
    return new SimRange(
      this.req,
      (): RangeTarget | null => {
        const s = this.must();
        const rect = usedRect(s, valuesOnly);
        return rect ? { sheet: s, rect } : null;
      },
      (s) => this.checkAlive(s),
    );
  }

  private parse(address: string): Rect {
    const { sheet, local } = splitSheet(address);
    const rect = parseLocal(local);
    if (!rect || (sheet !== undefined && sheet !== this.must().name)) {
      throw new SimRichApiError('InvalidArgument', `invalid address ${address}`);
    }
    return rect;
  }

  /** A range argument, as a proxy of this sheet or an address; resolved when the command runs. */
  private rectOf(at: SimRange | string): Rect {
    if (typeof at === 'string') return this.parse(at);
    throw new SimRichApiError('InvalidArgument', 'pass an address string: range proxies as arguments are not simulated');
  }

  private addChart(type: string, source: SimRange, seriesBy?: string): object {
    const chart: SimChart = { type, series: [] };
    const sourceAddress = (r: SimRange) => r.resolvedAddress();
    this.command({ chart: type, seriesBy }, (s) => {
      chart.series.push({ values: sourceAddress(source) });
      s.charts.push(chart);
    });
    const later = (f: () => void, minor = 1) => {
      this.req.require(minor, 'chart');
      this.command({ chartUpdate: true }, () => f());
    };
    // Series values, categories and `series.add` arrived in ExcelApi 1.7; the rest is 1.1.
    const seriesProxy = (index: () => number) =>
      Object.seal({
        set name(v: string) {
          later(() => (chart.series[index()].name = v));
        },
        setValues: (r: SimRange) => later(() => (chart.series[index()].values = sourceAddress(r)), 7),
        setXAxisValues: (r: SimRange) => later(() => (chart.series[index()].categories = sourceAddress(r)), 7),
      });
    return Object.freeze({
      title: Object.seal({
        set text(v: string) {
          later(() => (chart.title = v));
        },
      }),
      setPosition: (start: string) => later(() => (chart.anchor = start)),
      set width(v: number) {
        later(() => (chart.width = v));
      },
      set height(v: number) {
        later(() => (chart.height = v));
      },
      series: Object.freeze({
        getItemAt: (i: number) => seriesProxy(() => i),
        add: (name: string) => {
          let at = -1;
          later(() => {
            at = chart.series.push({ name }) - 1;
          }, 7);
          return seriesProxy(() => at);
        },
      }),
    });
  }
}

export class SimTableCollection extends SimObject<SimSheet> {
  constructor(req: SimRequest, resolver: () => SimSheet, private readonly alive: (s: SimSheet) => void) {
    super(req, resolver);
  }
  protected snapshot(): unknown {
    throw new SimRichApiError('InvalidArgument', 'load tables as items/name');
  }
  override load(props?: string | string[]): this {
    const paths = loadPaths(props);
    if (paths.some((p) => p !== 'items/name')) throw new SimRichApiError('InvalidArgument', `tables.load(${paths.join()})`);
    this.req.enqueue({ load: paths }, () => {
      const s = this.must();
      this.alive(s);
      const items = s.tables.map((t) => {
        const table = { name: t.name, getRange: () => new SimRange(this.req, () => ({ sheet: s, rect: t.rect }), this.alive) };
        this.req.respond(t.name);
        return Object.freeze(table);
      });
      this.setLoaded('items', items);
    });
    return this;
  }
  get items(): { name: string; getRange: () => SimRange }[] {
    return this.get('items') as { name: string; getRange: () => SimRange }[];
  }
  /** `tables.getItem(name)`: the table's range resolves when a command needs it. */
  getItem(name: string): { getRange: () => SimRange } {
    const rect = (): Rect => {
      const t = this.must().tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new SimRichApiError('ItemNotFound', `no table «${name}»`);
      return t.rect;
    };
    return Object.freeze({ getRange: () => new SimRange(this.req, () => ({ sheet: this.must(), rect: rect() }), this.alive) });
  }
}

/** `workbook.tables`: only `getItem(name)`, which the runtime uses to reach a table it listed on a sheet. */
export class SimWorkbookTables {
  constructor(private readonly req: SimRequest, private readonly model: SimWorkbookModel) {}
  getItem(name: string): { getRange: () => SimRange } {
    const find = (): RangeTarget => {
      for (const sheet of this.model.sheets) {
        const t = sheet.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (t) return { sheet, rect: t.rect };
      }
      throw new SimRichApiError('ItemNotFound', `no table «${name}»`);
    };
    const alive = (s: SimSheet) => {
      if (!this.model.sheets.includes(s)) throw new SimRichApiError('ItemNotFound', `sheet «${s.name}» was deleted`);
    };
    return Object.freeze({ getRange: () => new SimRange(this.req, find, alive) });
  }
}

export class SimWorksheetCollection extends SimObject<SimWorkbookModel> {
  constructor(req: SimRequest, private readonly model: SimWorkbookModel) {
    super(req, () => model);
  }
  protected snapshot(): unknown {
    throw new SimRichApiError('InvalidArgument', 'load worksheets as items/<property>');
  }
  override load(props?: string | string[]): this {
    const paths = loadPaths(props).map((p) => {
      if (!p.startsWith('items/')) throw new SimRichApiError('InvalidArgument', `worksheets.load(${p})`);
      return p.slice('items/'.length);
    });
    this.req.enqueue({ load: paths }, () => {
      const items = this.model.sheets.map((s) => {
        const w = new SimWorksheet(this.req, this.model, () => s);
        w.fill(paths, s);
        return w;
      });
      this.setLoaded('items', items);
    });
    return this;
  }
  get items(): SimWorksheet[] {
    return this.get('items') as SimWorksheet[];
  }
  getItem(name: string): SimWorksheet {
    return new SimWorksheet(this.req, this.model, () => {
      const s = sheetByKey(this.model, name);
      if (!s) throw new SimRichApiError('ItemNotFound', `no sheet «${name}»`);
      return s;
    });
  }
  /** `getActiveWorksheet()`: the sheet shown in Excel's window when the command runs. */
  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.req, this.model, () => {
      const s = activeSheetOf(this.model);
      if (!s) throw new SimRichApiError('ItemNotFound', 'no active sheet');
      return s;
    });
  }
  getItemOrNullObject(name: string): SimWorksheet {
    this.req.require(4, 'getItemOrNullObject');
    return new SimWorksheet(this.req, this.model, () => sheetByKey(this.model, name) ?? null);
  }
  add(name: string): SimWorksheet {
    const w = new SimWorksheet(this.req, this.model, () => null);
    this.req.enqueue({ add: name }, () => {
      if (findSheet(this.model, validName(name))) throw new SimRichApiError('ItemAlreadyExists', `a sheet «${name}» already exists`);
      const s = newSheet(name);
      this.model.sheets.push(s);
      w.bindTo(s);
    });
    return w;
  }
}
