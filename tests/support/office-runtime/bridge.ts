/**
 * The runtime oracle: the real Excel on the web runtime in front, the strict simulator behind. The
 * adapter runs through the runtime's own `Excel.run`, so every request body is the one Excel on the web
 * would receive; the bridge records its size, replays its actions on the simulator (object paths → proxy
 * calls, queries → `load`, then one simulator sync) and answers in the runtime's response format
 * (`Results` by action id, `_Items`, `_ReferenceId`, `Error`). When the simulator plays Excel on the web,
 * a request or response over 5 MB fails with Excel's code, as Excel on the web fails it; when it plays a
 * desktop Excel (no payload limit documented), the same bodies pass and are measured all the same.
 */
import type { ExcelRun } from '../../../src/workbook/officejs';
import { SimRichApiError, type ExcelSimulator } from '../excel-simulator';
import { utf8Length } from '../excel-simulator/request';
import { SimWorksheet, SimWorksheetCollection, SimTableCollection } from '../excel-simulator/worksheet';
import { loadOfficeRuntime, type SentRequest, type SentResponse } from './loadRuntime';

interface ArgumentInfo {
  Arguments?: unknown[];
  /** Non-zero where the argument is an object path id (a range passed to `charts.add`). */
  ReferencedObjectPathIds?: number[];
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** What one request carried, measured on the body the runtime built. */
export interface RecordedRequest {
  bytes: number;
  actions: number;
  responseBytes: number;
}

const PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

// The proxies are the simulator's; the bridge reaches their members by the names the runtime sends.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Proxy = any;

/** Bookkeeping methods the runtime adds on its own: reference tracking, the size check before a big array. */
const INTERNAL_METHODS = new Set(['_KeepReference', '_ValidateArraySize']);

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function errorResponse(code: string, message: string): SentResponse {
  return { statusCode: 200, headers: {}, body: JSON.stringify({ Error: { Code: code, Message: message, Location: '' } }) };
}

let nextOracle = 0;
const oracles = new Map<string, RuntimeOracle>();

function dispatch(request: SentRequest): Promise<SentResponse> {
  const oracle = oracles.get(new URL(request.url).host);
  if (!oracle) return Promise.resolve(errorResponse('GeneralException', `no oracle for ${request.url}`));
  return oracle.handle(request.body as RequestBody);
}

export class RuntimeOracle {
  /** One entry per request the runtime sent (one per `context.sync()`). */
  readonly requests: RecordedRequest[] = [];
  private readonly host = `oracle-${++nextOracle}.invalid`;
  /** `_ReferenceId`s handed out for added worksheets → the sheet's stable id. */
  private readonly references = new Map<string, string>();

  constructor(readonly sim: ExcelSimulator) {
    oracles.set(this.host, this);
    loadOfficeRuntime().setTransport(dispatch);
  }

  /** `Excel.run` of the real runtime, talking to this oracle's simulator. */
  readonly run: ExcelRun = (batch) => {
    const runtime = loadOfficeRuntime();
    return runtime.run(runtime.newContext(`https://${this.host}/`), batch);
  };

  get isSetSupported(): (name: string, version: string) => boolean {
    return this.sim.isSetSupported;
  }

  /** `Office.context.platform` of the Excel the simulator plays. */
  get platform(): string {
    return this.sim.platform;
  }

  largestRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  async handle(body: RequestBody): Promise<SentResponse> {
    const bytes = utf8Length(JSON.stringify(body));
    const record: RecordedRequest = { bytes, actions: body.Actions.length, responseBytes: 0 };
    this.requests.push(record);
    if (bytes > this.sim.payloadLimit) return errorResponse('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    let results: { ActionId: number; Value: unknown }[];
    try {
      results = await this.replay(body);
    } catch (error) {
      if (error instanceof SimRichApiError) return errorResponse(error.code, error.message);
      return errorResponse('OracleBridgeError', error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    const text = JSON.stringify({ Results: results });
    record.responseBytes = utf8Length(text);
    if (record.responseBytes > this.sim.payloadLimit) return errorResponse('ResponsePayloadSizeLimitExceeded', `response of ${record.responseBytes} bytes`);
    return { statusCode: 200, headers: {}, body: text };
  }

  /** Runs the request's actions on a fresh simulator context and builds the action results. */
  private async replay(body: RequestBody): Promise<{ ActionId: number; Value: unknown }[]> {
    const context = this.sim.newContext();
    const objects = new Map<number, Proxy>();
    const resolve = (id: number): Proxy => {
      if (objects.has(id)) return objects.get(id);
      const path = body.ObjectPaths[String(id)];
      if (!path) throw new Error(`object path ${id} is not in the request`);
      const parent = () => resolve(path.ParentObjectPathId as number);
      let obj: Proxy;
      if (path.ObjectPathType === PATH.global) obj = context.workbook;
      else if (path.ObjectPathType === PATH.property) obj = parent()[camel(path.Name)];
      else if (path.ObjectPathType === PATH.method) obj = call(parent(), path.Name, path.ArgumentInfo);
      else if (path.ObjectPathType === PATH.indexer) obj = call(parent(), 'GetItem', path.ArgumentInfo);
      else if (path.ObjectPathType === PATH.referenceId) {
        const sheetId = this.references.get(path.Name);
        if (!sheetId) throw new SimRichApiError('InvalidObjectPath', `unknown reference ${path.Name}`);
        obj = context.workbook.worksheets.getItem(sheetId);
      } else throw new Error(`object path type ${path.ObjectPathType} is not simulated`);
      if (obj === undefined) throw new SimRichApiError('ApiNotFound', `${path.Name} is not simulated: ${JSON.stringify(path)} ${JSON.stringify(body.ObjectPaths[String(path.ParentObjectPathId)])}`);
      objects.set(id, obj);
      return obj;
    };
    const args = (info: ArgumentInfo | undefined): unknown[] =>
      (info?.Arguments ?? []).map((a, i) => (info?.ReferencedObjectPathIds?.[i] ? resolve(a as number) : a));
    const call = (obj: Proxy, name: string, info: ArgumentInfo | undefined): Proxy => {
      const f = obj[camel(name)];
      if (typeof f !== 'function') throw new SimRichApiError('ApiNotFound', `${name}() is not simulated`);
      return f.apply(obj, args(info));
    };

    const queries: { action: ActionInfo; obj: Proxy; collection: boolean }[] = [];
    const instantiated: { action: ActionInfo; obj: Proxy; path: ObjectPathInfo }[] = [];
    for (const action of body.Actions) {
      if (action.ActionType === ACTION.instantiate) {
        instantiated.push({ action, obj: resolve(action.ObjectPathId), path: body.ObjectPaths[String(action.ObjectPathId)] });
      } else if (action.ActionType === ACTION.query) {
        const obj = resolve(action.ObjectPathId);
        const select = action.QueryInfo?.Select ?? [];
        const collection = obj instanceof SimWorksheetCollection || obj instanceof SimTableCollection;
        const paths = collection ? select.map((s) => `items/${s}`) : select;
        if (obj instanceof SimWorksheetCollection) paths.push('items/id');
        obj.load(paths);
        queries.push({ action, obj, collection });
      } else if (action.ActionType === ACTION.method) {
        if (!INTERNAL_METHODS.has(action.Name)) call(resolve(action.ObjectPathId), action.Name, action.ArgumentInfo);
      } else if (action.ActionType === ACTION.setProperty) {
        resolve(action.ObjectPathId)[camel(action.Name)] = args(action.ArgumentInfo)[0];
      } else if (action.ActionType !== ACTION.trace) {
        throw new Error(`action type ${action.ActionType} is not simulated`);
      }
    }
    await context.sync();

    const results: { ActionId: number; Value: unknown }[] = [];
    for (const { action, obj, path } of instantiated) {
      if (path?.ObjectPathType !== PATH.method || typeof obj.boundTarget !== 'function') continue;
      const target = obj.boundTarget();
      if (target === null) results.push({ ActionId: action.Id, Value: null });
      else if (obj instanceof SimWorksheet && target) {
        const reference = `ref-${this.references.size + 1}`;
        this.references.set(reference, (target as { id: string }).id);
        results.push({ ActionId: action.Id, Value: { _ReferenceId: reference } });
      }
    }
    for (const { action, obj, collection } of queries) {
      const select = action.QueryInfo?.Select ?? [];
      const row = (item: Proxy) => Object.fromEntries(select.map((s) => [pascal(s), item[s]]));
      if (collection) {
        const items = (obj.items as Proxy[]).map((item) => ({ Id: item.id ?? item.name, ...row(item) }));
        results.push({ ActionId: action.Id, Value: { _Items: items } });
      } else if (obj.boundTarget() === null) {
        results.push({ ActionId: action.Id, Value: null });
      } else {
        results.push({ ActionId: action.Id, Value: row(obj) });
      }
    }
    return results;
  }
}
