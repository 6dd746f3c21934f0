/**
 * The strict Excel simulator: a workbook model plus `run`, a stand-in for `Excel.run` that hands the
 * batch a request context with real load/sync semantics, and `isSetSupported` for the ExcelApi version
 * it pretends to be. Every sync is logged (commands, request and response bytes) for tests to assert on.
 * It plays Excel on the web (the default: requests and responses over 5 MB fail) or a desktop Excel
 * (no payload limit is documented there), and reports the matching `Office.context.platform`.
 * No Node imports: the task-pane preview runs on it in the browser.
 */
import type { SimWorkbookModel } from './model';
import { PAYLOAD_LIMIT, SimRequest, type SyncStat } from './request';
import { SimWorkbookTables, SimWorksheetCollection } from './worksheet';

export interface SimulatorOptions {
  /** Highest ExcelApi version offered as its minor number: 7 for ExcelApi 1.7 (Office 2016/2019). Default 17. */
  apiMinor?: number;
  /** `web` (default): Excel on the web, 5 MB per request and response; `desktop`: Windows or Mac, no such limit. */
  platform?: 'web' | 'desktop';
}

/** The simulated `Excel.RequestContext`. */
export class SimContext {
  readonly workbook: { worksheets: SimWorksheetCollection; tables: SimWorkbookTables; application: object };

  constructor(readonly request: SimRequest, model: SimWorkbookModel) {
    const req = request;
    this.workbook = Object.freeze({
      worksheets: new SimWorksheetCollection(req, model),
      tables: new SimWorkbookTables(req, model),
      application: Object.freeze({
        suspendApiCalculationUntilNextSync: () => {
          req.require(6, 'suspendApiCalculationUntilNextSync');
          req.enqueue({ suspendCalculation: true }, () => undefined);
        },
        suspendScreenUpdatingUntilNextSync: () => {
          req.require(9, 'suspendScreenUpdatingUntilNextSync');
          req.enqueue({ suspendScreenUpdating: true }, () => undefined);
        },
      }),
    });
  }

  sync(): Promise<void> {
    return this.request.sync();
  }
}

export class ExcelSimulator {
  readonly model: SimWorkbookModel = { sheets: [] };
  /** One entry per `context.sync()` (including the implicit one at the end of `run`). */
  readonly syncs: SyncStat[] = [];
  readonly apiMinor: number;
  /** Bytes a request or response may carry: 5 MB on the web, unlimited on the desktop. */
  readonly payloadLimit: number;
  /** `Office.context.platform` of the Excel it plays (`Office.PlatformType`). */
  readonly platform: 'OfficeOnline' | 'PC';

  constructor(options: SimulatorOptions = {}) {
    this.apiMinor = options.apiMinor ?? 17;
    const web = (options.platform ?? 'web') === 'web';
    this.payloadLimit = web ? PAYLOAD_LIMIT : Number.POSITIVE_INFINITY;
    this.platform = web ? 'OfficeOnline' : 'PC';
  }

  /** Like `Excel.run`: runs the batch, then syncs whatever it left queued. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = this.newContext();
    const req = context.request;
    const result = await batch(context as unknown as Excel.RequestContext);
    if (req.pending) await req.sync();
    return result;
  };

  /** A fresh request context on this workbook (one `Excel.run`; the runtime oracle opens one per request). */
  newContext(): SimContext {
    return new SimContext(new SimRequest(this.apiMinor, this.syncs, this.payloadLimit), this.model);
  }

  /** Like `Office.context.requirements.isSetSupported` for `ExcelApi`. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    if (name !== 'ExcelApi') return false;
    const [major, minor] = (version ?? '1.1').split('.').map(Number);
    return major === 1 && minor <= this.apiMinor;
  };

  /** Forgets the sync log (between the steps of a test). */
  resetLog(): void {
    this.syncs.length = 0;
  }

  sheet(name: string) {
    const s = this.model.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`simulated workbook has no sheet «${name}»`);
    return s;
  }
}
