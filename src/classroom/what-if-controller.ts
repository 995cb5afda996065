import type { WhatIfQuery, WhatIfResult } from './what-if-api.ts';
import { fetchWhatIf, queryKey } from './what-if-api.ts';

/**
 * The preview's requests over time, apart from React so it can be tested with a stubbed fetch: the first
 * query goes at once; later ones wait until the settings have been still for `debounceMs` (a dragged
 * slider sends one request, not thirty), and a newer query aborts the one in flight, so the server drops
 * the games nobody will look at. The figures last shown stay on screen, marked as out of date, while the
 * new ones are measured.
 */

export type PreviewState =
  | { kind: 'measuring'; last: WhatIfResult | undefined }
  | { kind: 'ready'; result: WhatIfResult }
  | { kind: 'failed'; message: string; last: WhatIfResult | undefined };

export interface ControllerDeps {
  fetch: typeof fetch;
  /** Quiet time after a change before asking (default 600 ms). */
  debounceMs?: number;
  /** The server's origin; default the page's (a relative URL). */
  origin?: string;
}

export const defaultDebounceMs = 600;

export class WhatIfController {
  private state: PreviewState = { kind: 'measuring', last: undefined };
  private readonly listeners = new Set<() => void>();
  private askedKey: string | undefined;
  private asked: WhatIfQuery | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | undefined;
  private hasAsked = false;

  constructor(private readonly deps: ControllerDeps) {}

  readonly getSnapshot = (): PreviewState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The settings now on the form; asking again for the same settings changes nothing. */
  request(query: WhatIfQuery): void {
    const key = queryKey(query);
    if (key === this.askedKey) return;
    this.askedKey = key;
    this.asked = query;
    this.cancel();
    this.set({ kind: 'measuring', last: this.lastResult() });
    const delayMs = this.hasAsked ? (this.deps.debounceMs ?? defaultDebounceMs) : 0;
    this.hasAsked = true;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.send(query);
    }, delayMs);
  }

  /** Asks again for the last settings at once (after a refusal such as a busy server). */
  retry(): void {
    const query = this.asked;
    if (!query) return;
    this.cancel();
    this.set({ kind: 'measuring', last: this.lastResult() });
    void this.send(query);
  }

  /** Stops the pending request and forgets what was asked (the same settings are asked again on reuse). */
  dispose(): void {
    this.cancel();
    this.askedKey = undefined;
  }

  private async send(query: WhatIfQuery): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    try {
      const answer = await fetchWhatIf(query, {
        fetch: this.deps.fetch,
        signal: controller.signal,
        ...(this.deps.origin === undefined ? {} : { origin: this.deps.origin }),
      });
      if (controller.signal.aborted) return;
      this.set(
        answer.ok
          ? { kind: 'ready', result: answer.result }
          : { kind: 'failed', message: answer.message, last: this.lastResult() },
      );
    } catch {
      // Aborted: a newer query took its place.
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
    }
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private lastResult(): WhatIfResult | undefined {
    return this.state.kind === 'ready' ? this.state.result : this.state.last;
  }

  private set(state: PreviewState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
