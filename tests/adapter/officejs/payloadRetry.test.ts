/**
 * When Excel on the web refuses a request as too large (`RequestPayloadSizeLimitExceeded`, nothing of it
 * applied), the writer sends the same operations again in requests of half the budget, and every
 * operation lands exactly once.
 */
import { RequestBudget } from '../../../src/workbook/officejs/payload';

/** A context that refuses any request carrying more than `max` queued operations. */
function refusingContext(max: number) {
  let queued: number[] = [];
  const applied: number[] = [];
  const requests: number[] = [];
  const context = {
    queue: (op: number) => queued.push(op),
    sync: async () => {
      const sent = queued;
      queued = [];
      requests.push(sent.length);
      if (sent.length > max) throw Object.assign(new Error('too large'), { code: 'RequestPayloadSizeLimitExceeded' });
      applied.push(...sent);
    },
  };
  return { context, applied, requests };
}

describe('RequestBudget', () => {
  it('halves the request and sends the refused operations again when Excel says it is too large', async () => {
    const { context, applied, requests } = refusingContext(30);
    const budget = new RequestBudget(context as unknown as Excel.RequestContext, () => undefined, 1_000_000);
    for (let op = 0; op < 100; op++) await budget.add(10_000, () => context.queue(op));
    await budget.finish();
    expect(applied).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // Refused at 100 and at 50 operations, then sent in quarters.
    expect(requests).toEqual([100, 50, 25, 25, 25, 25]);
  });

  it('gives up with Excel’s error when the request holds commands it cannot send again', async () => {
    const { context } = refusingContext(0);
    const budget = new RequestBudget(context as unknown as Excel.RequestContext, () => undefined, 100_000);
    await budget.reserve(1_000);
    context.queue(1);
    await budget.add(1_000, () => context.queue(2));
    await expect(budget.finish()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });
});
