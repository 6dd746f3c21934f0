/**
 * The request machinery of the simulated Excel: commands queue on a request and run only at
 * `context.sync()`; loaded properties become readable only after the sync that loaded them; each sync is
 * measured (estimated request and response bytes, the JSON length of what crosses the wire in UTF-8) and
 * on the web, a request or response over its 5 MB limit fails the way Excel fails it.
 */

/**
 * Excel on the web rejects requests and responses above 5 MB: «Excel on the web has a payload size limit
 * for requests and responses of 5MB» (Resource limits and performance optimization for Office Add-ins,
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** An error shaped like `OfficeExtension.Error` (name `RichApi.Error`, a code, debug info). */
export class SimRichApiError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** What one `context.sync()` carried. */
export interface SyncStat {
  commands: number;
  requestBytes: number;
  responseBytes: number;
}

/** UTF-8 byte length of a string, without TextEncoder (works the same in Node and browsers). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

interface Command {
  bytes: number;
  run: () => void;
}

/** One `Excel.run` batch: its queue, the API version it offers and the sync log it writes to. */
export class SimRequest {
  private queue: Command[] = [];
  private responseBytes = 0;
  /** Bumped after each sync; a property loaded at sync n is readable from then on. */
  syncCount = 0;

  constructor(
    readonly apiMinor: number,
    private readonly log: SyncStat[],
    private readonly payloadLimit = PAYLOAD_LIMIT,
  ) {}

  /** Queues a command; `payload` is what would be serialised into the request. */
  enqueue(payload: unknown, run: () => void): void {
    this.queue.push({ bytes: jsonBytes(payload) + 40, run });
  }

  /** Adds loaded data to the current response size. */
  respond(value: unknown): void {
    this.responseBytes += jsonBytes(value);
  }

  /** Throws `ApiNotFound` when the API needs a newer ExcelApi 1.`minor` than the simulated host offers. */
  require(minor: number, api: string): void {
    if (this.apiMinor < minor) {
      throw new SimRichApiError('ApiNotFound', `${api} requires ExcelApi 1.${minor}; host offers 1.${this.apiMinor}`);
    }
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    const requestBytes = commands.reduce((s, c) => s + c.bytes, 0);
    this.log.push({ commands: commands.length, requestBytes, responseBytes: 0 });
    if (requestBytes > this.payloadLimit) {
      throw new SimRichApiError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    for (const c of commands) c.run();
    this.log[this.log.length - 1].responseBytes = this.responseBytes;
    if (this.responseBytes > this.payloadLimit) {
      throw new SimRichApiError('ResponsePayloadSizeLimitExceeded', `response of ${this.responseBytes} bytes`);
    }
    this.syncCount++;
    await Promise.resolve();
  }
}

/** Normalises `load` arguments (`'a, b'`, `['a', 'b']`) to property paths. */
export function loadPaths(props: string | string[] | undefined): string[] {
  if (props === undefined) throw new SimRichApiError('InvalidArgument', 'load() without properties loads everything: name them');
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Base of every proxy: properties are readable only once loaded and synced; commands resolve the
 * proxy's target lazily at sync time, in queue order, as Excel does.
 */
export abstract class SimObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private target: T | null | undefined;
  private resolvedAt = -1;

  constructor(
    protected readonly req: SimRequest,
    private readonly resolver: () => T | null,
  ) {}

  /** The model object; resolved once, at the first sync that needs it. */
  protected ref(): T | null {
    if (this.target === undefined) {
      this.target = this.resolver();
      this.resolvedAt = this.req.syncCount;
    }
    return this.target;
  }

  /** The model object, or an `ItemNotFound` error for a null object. */
  protected must(): T {
    const t = this.ref();
    if (t === null) throw new SimRichApiError('ItemNotFound', `${this.constructor.name} is a null object`);
    return t;
  }

  /** The model object once a sync resolved it (undefined before, null for a null object). */
  boundTarget(): T | null | undefined {
    return this.target;
  }

  /** Binds the proxy to an object the queue just created (`add`). */
  bindTo(target: T): void {
    this.target = target;
    this.resolvedAt = this.req.syncCount;
  }

  /** Reads one loadable property of the model object at sync time. */
  protected abstract snapshot(target: T, path: string): unknown;

  load(props?: string | string[]): this {
    const paths = loadPaths(props);
    this.req.enqueue({ load: paths }, () => {
      const t = this.ref();
      if (t === null) return;
      for (const p of paths) {
        const v = this.snapshot(t, p);
        this.req.respond(v);
        this.loaded.set(p, v);
      }
    });
    return this;
  }

  /** Stores a value as loaded (collections fill their items' properties this way). */
  protected setLoaded(path: string, value: unknown): void {
    this.loaded.set(path, value);
  }

  protected get(path: string): unknown {
    if (!this.loaded.has(path)) {
      throw new SimRichApiError('PropertyNotLoaded', `The property '${path}' is not available. Load it and call context.sync() first.`);
    }
    return this.loaded.get(path);
  }

  /** Queues a command against the resolved model object. */
  protected command(payload: unknown, run: (target: T) => void): void {
    this.req.enqueue(payload, () => run(this.must()));
  }

  /** Readable once a sync has resolved the object, as with `*OrNullObject` in Excel. */
  get isNullObject(): boolean {
    if (this.target === undefined || this.resolvedAt >= this.req.syncCount) {
      throw new SimRichApiError('PropertyNotLoaded', "The property 'isNullObject' is not available before context.sync().");
    }
    return this.target === null;
  }
}
