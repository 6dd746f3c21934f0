/**
 * Loads the Excel on the web runtime that `@microsoft/office-js` ships (`excel-web-16.00.debug.js`) into
 * a Node `vm` context, once per test process, with just enough of a browser around it (window,
 * navigator, location). Its `Excel.RequestContext` then serialises every batch exactly as Excel on the
 * web would, and `OfficeExtension.HttpUtility.setCustomSendRequestFunc` hands each request to us.
 */
import { readFileSync } from 'fs';
import { createContext, runInContext } from 'vm';

export interface SentRequest {
  url: string;
  /** The request body the runtime built: `{ Actions, ObjectPaths, AutoKeepReference }`. */
  body: unknown;
}

export interface SentResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface OfficeRuntime {
  /** `new Excel.RequestContext(url)`: a context whose requests go through the custom send function. */
  newContext(url: string): Excel.RequestContext;
  /** `Excel.run(context, batch)` of the real runtime. */
  run<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Sets the one transport of this runtime (`HttpUtility.setCustomSendRequestFunc`). */
  setTransport(send: (request: SentRequest) => Promise<SentResponse>): void;
}

const RUNTIME = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');

interface RuntimeGlobals {
  Excel: {
    RequestContext: new (url: string) => Excel.RequestContext;
    run: <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  };
  OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(f: (r: SentRequest) => Promise<SentResponse>): void } };
}

let loaded: OfficeRuntime | undefined;

export function loadOfficeRuntime(): OfficeRuntime {
  if (loaded) return loaded;
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, Promise, JSON };
  sandbox.window = sandbox;
  sandbox.navigator = { userAgent: 'node' };
  sandbox.location = { href: 'https://localhost/', protocol: 'https:', search: '', hash: '' };
  createContext(sandbox);
  runInContext(readFileSync(RUNTIME, 'utf8'), sandbox, { filename: RUNTIME });
  const g = sandbox as unknown as RuntimeGlobals;
  loaded = {
    newContext: (url) => new g.Excel.RequestContext(url),
    run: (context, batch) => g.Excel.run(context, batch),
    setTransport: (send) => g.OfficeExtension.HttpUtility.setCustomSendRequestFunc(send),
  };
  return loaded;
}
