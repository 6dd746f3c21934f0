/**
 * Request sizes. Excel on the web rejects requests and responses over 5 MB, so the adapter estimates
 * each command's bytes (its JSON in UTF-8) and syncs before a request would pass ~4 MB: the number of
 * syncs grows with bytes written, never with rows.
 */

/** Bytes per request we allow ourselves, leaving a margin under Excel on the web's 5 MB. */
export const REQUEST_BUDGET = 4_000_000;

/** What a command costs beyond its arguments (object path, action ids) in the request JSON. */
export const COMMAND_OVERHEAD = 100;

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

/** Estimated request bytes of a command carrying `args`. */
export function commandBytes(args: unknown): number {
  return utf8Length(JSON.stringify(args) ?? 'null') + COMMAND_OVERHEAD;
}

/**
 * Counts the bytes queued on a request context and syncs before the next command would take the request
 * past the budget. `afterSync` re-arms what lasts only until the next sync (calculation suspension).
 */
export class RequestBudget {
  private used = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly afterSync: () => void = () => undefined,
    private readonly limit = REQUEST_BUDGET,
  ) {}

  /** Reserves room for a command of `bytes`, syncing first when the request is full. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.used = 0;
      this.afterSync();
    }
    this.used += bytes;
  }

  /** Sends what is queued; the last sync of a batch. */
  async finish(): Promise<void> {
    await this.context.sync();
    this.used = 0;
  }
}
