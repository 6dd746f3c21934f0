/**
 * Request sizes. Excel on the web rejects requests and responses over 5 MB, so the adapter estimates
 * each operation's bytes and syncs before a request would pass ~4 MB: the number of syncs grows with
 * bytes written, never with rows. The estimate is calibrated on the request bodies the real Excel on the
 * web runtime builds (tests/adapter/officejs/runtimeOracle.test.ts): an operation costs its arguments'
 * JSON plus its action, object paths and their instantiation. Should Excel still refuse a request as too
 * large, the operations of that request are sent again in requests of half the budget.
 */
import { isPayloadLimitError } from './errors';

/** Bytes per request we allow ourselves, leaving a margin under Excel on the web's 5 MB. */
export const REQUEST_BUDGET = 3_500_000;

/**
 * What one operation (a property set or a method call) costs beyond its arguments in the runtime's
 * request JSON: the action (~100 B), the object paths it walks (`getRange` → `format` → `font`, ~110 B
 * each, mostly new per operation) and their `Instantiate` actions (~60 B each). Measured: 130–210 B per
 * action, 2–3 actions per operation.
 */
export const OPERATION_BYTES = 450;

/** Below this the budget stops halving and the error is the user's to see. */
const MIN_BUDGET = 50_000;

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

/** Estimated request bytes of `operations` property sets / method calls carrying `args` between them. */
export function commandBytes(args: unknown, operations = 1): number {
  return utf8Length(JSON.stringify(args) ?? 'null') + operations * OPERATION_BYTES;
}

interface Queued {
  bytes: number;
  /** Queues the operation's commands on the context; replayable (builds its proxies afresh). */
  queue: () => void;
}

/**
 * Counts the bytes queued on a request context and syncs before the next operation would take the request
 * past the budget. `afterSync` re-arms what lasts only until the next sync (calculation suspension).
 */
export class RequestBudget {
  private used = 0;
  /** Operations of the open request that can be sent again; null once one that cannot is in it. */
  private replayable: Queued[] | null = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly afterSync: () => void = () => undefined,
    private limit = REQUEST_BUDGET,
  ) {}

  /** Reserves room for commands of `bytes` the caller queues itself (not replayable), syncing first when full. */
  async reserve(bytes: number): Promise<void> {
    await this.makeRoom(bytes);
    this.used += bytes;
    this.replayable = null;
  }

  /** Queues an operation of `bytes`; if Excel refuses its request as too large, it is sent again in a smaller one. */
  async add(bytes: number, queue: () => void): Promise<void> {
    await this.makeRoom(bytes);
    this.used += bytes;
    this.replayable?.push({ bytes, queue });
    queue();
  }

  /** Sends what is queued; the last sync of a batch. */
  async finish(): Promise<void> {
    await this.send(true);
  }

  private async makeRoom(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.send();
  }

  private async send(last = false): Promise<void> {
    const sent = this.replayable;
    this.used = 0;
    this.replayable = [];
    try {
      await this.context.sync();
    } catch (error) {
      // Excel applies nothing of a request it refuses as too large, so its operations can go again.
      if (!isPayloadLimitError(error) || !sent || sent.length < 2 || this.limit / 2 < MIN_BUDGET) throw error;
      this.limit = Math.floor(this.limit / 2);
      this.afterSync();
      for (const op of sent) await this.add(op.bytes, op.queue);
      await this.send(last);
      return;
    }
    if (!last) this.afterSync();
  }
}
