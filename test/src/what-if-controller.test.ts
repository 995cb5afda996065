import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreviewState } from '../../src/classroom/what-if-controller.ts';
import { WhatIfController } from '../../src/classroom/what-if-controller.ts';
import { jsonResponse, result } from './what-if-fixtures.ts';

/** The preview's requests over time: debounced, superseded ones aborted, the last figures kept (issue 13). */

interface Call {
  overrides: Record<string, number>;
  signal: AbortSignal | undefined;
  answer: (response: Response) => void;
}

/** A fetch whose answers the test gives, one call at a time. */
function heldFetch() {
  const calls: Call[] = [];
  const stub: typeof fetch = (_, init) =>
    new Promise((resolve, reject) => {
      const body = JSON.parse(init?.body as string) as { overrides: Record<string, number> };
      const signal = init?.signal ?? undefined;
      signal?.addEventListener('abort', () => {
        reject(new DOMException('aborted', 'AbortError'));
      });
      calls.push({ overrides: body.overrides, signal, answer: resolve });
    });
  return { calls, stub };
}

const query = (cap?: number) => ({
  scenarioId: 'baseline-2025',
  overrides: cap === undefined ? {} : { 'yieldCap.duv.n7': cap },
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the preview’s controller', () => {
  it('asks at once the first time, then once per pause in the changes, with the latest settings', async () => {
    const { calls, stub } = heldFetch();
    const controller = new WhatIfController({ fetch: stub, debounceMs: 600 });
    controller.request(query());
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    calls[0]?.answer(jsonResponse(200, result(0.07)));
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getSnapshot()).toEqual({ kind: 'ready', result: result(0.07) });
    // A slider dragged through four values, 200 ms apart.
    for (const cap of [0.5, 0.6, 0.7, 0.8]) {
      controller.request(query(cap));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(calls).toHaveLength(1);
    expect(controller.getSnapshot()).toEqual({ kind: 'measuring', last: result(0.07) });
    await vi.advanceTimersByTimeAsync(400);
    expect(calls.map((call) => call.overrides)).toEqual([{}, { 'yieldCap.duv.n7': 0.8 }]);
    calls[1]?.answer(jsonResponse(200, result(0.02, { 'yieldCap.duv.n7': 0.8 })));
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getSnapshot()).toEqual({
      kind: 'ready',
      result: result(0.02, { 'yieldCap.duv.n7': 0.8 }),
    });
  });

  it('aborts the request in flight when the settings change, and never shows its answer', async () => {
    const { calls, stub } = heldFetch();
    const controller = new WhatIfController({ fetch: stub, debounceMs: 600 });
    const seen: PreviewState[] = [];
    controller.subscribe(() => seen.push(controller.getSnapshot()));
    controller.request(query(0.5));
    await vi.advanceTimersByTimeAsync(0);
    controller.request(query(0.6));
    expect(calls[0]?.signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(600);
    calls[1]?.answer(jsonResponse(200, result(0.03, { 'yieldCap.duv.n7': 0.6 })));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.filter((state) => state.kind === 'ready')).toEqual([
      { kind: 'ready', result: result(0.03, { 'yieldCap.duv.n7': 0.6 }) },
    ]);
  });

  it('asks nothing new for the same settings', async () => {
    const { calls, stub } = heldFetch();
    const controller = new WhatIfController({ fetch: stub, debounceMs: 600 });
    controller.request(query(0.5));
    controller.request({ scenarioId: 'baseline-2025', overrides: { 'yieldCap.duv.n7': 0.5 } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
  });

  it('shows a refusal in words with the last figures, and asks again on retry', async () => {
    const { calls, stub } = heldFetch();
    const controller = new WhatIfController({ fetch: stub, debounceMs: 600 });
    controller.request(query());
    await vi.advanceTimersByTimeAsync(0);
    calls[0]?.answer(jsonResponse(200, result(0.07)));
    await vi.advanceTimersByTimeAsync(0);
    controller.request(query(0.9));
    await vi.advanceTimersByTimeAsync(600);
    calls[1]?.answer(
      jsonResponse(429, { error: { code: 'busy', message: 'measuring other settings just now' } }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getSnapshot()).toEqual({
      kind: 'failed',
      message: 'measuring other settings just now',
      last: result(0.07),
    });
    controller.retry();
    expect(controller.getSnapshot()).toEqual({ kind: 'measuring', last: result(0.07) });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((call) => call.overrides)).toEqual([
      {},
      { 'yieldCap.duv.n7': 0.9 },
      { 'yieldCap.duv.n7': 0.9 },
    ]);
  });

  it('asks again for the same settings after being disposed (a remounted component)', async () => {
    const { calls, stub } = heldFetch();
    const controller = new WhatIfController({ fetch: stub, debounceMs: 600 });
    controller.request(query(0.5));
    await vi.advanceTimersByTimeAsync(0);
    controller.dispose();
    expect(calls[0]?.signal?.aborted).toBe(true);
    controller.request(query(0.5));
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(2);
  });
});
