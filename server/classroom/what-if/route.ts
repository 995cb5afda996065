import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody } from '../../http/body.ts';
import { sendJson, sendRejection } from '../../http/respond.ts';
import type { RateLimit } from '../../transport/rate-limit.ts';
import { KeyedLimiter } from '../../transport/rate-limit.ts';
import { parseWhatIfRequest } from './request.ts';
import type { WhatIfServiceOptions } from './service.ts';
import { WhatIfError, WhatIfService } from './service.ts';

/**
 * `POST /classroom/api/what-if` `{scenarioId, overrides?, games?}`: the bots' measured effect of a
 * class's settings (service.ts). Anyone who may create a class may ask (no key). Per address it is
 * limited apart from the general request budget, generously: a class's teachers share one school
 * address, and a form sends a request each time a value settles. The real bound on cost is the
 * service's queue, which answers `busy` when full.
 */

export const whatIfPath = '/classroom/api/what-if';

/** Two previews a second per address, with a burst of 60 (a few teachers dragging sliders at once). */
export const defaultWhatIfPerAddress: RateLimit = { perSecond: 2, burst: 60 };

export interface WhatIfRouteDeps {
  service: WhatIfService;
  maxBodyBytes: number;
  perAddress?: RateLimit;
  now?: () => number;
}

export type WhatIfHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  address: string,
) => Promise<void>;

export function whatIfRoute(deps: WhatIfRouteDeps): WhatIfHandler {
  const limiter = new KeyedLimiter(deps.perAddress ?? defaultWhatIfPerAddress);
  const now = deps.now ?? Date.now;
  return async (request, response, address) => {
    // Origins, CORS and preflights are the router's, as for the rest of /classroom/api.
    if (request.method !== 'POST') {
      sendRejection(response, { code: 'methodNotAllowed', message: 'the what-if preview takes a POST' });
      return;
    }
    if (!limiter.take(address, now())) {
      sendRejection(response, {
        code: 'rateLimited',
        message: 'too many previews from this address: wait a few seconds',
      });
      return;
    }
    const body = await readJsonBody(request, deps.maxBodyBytes);
    if (!body.ok) {
      sendRejection(response, body.rejection);
      return;
    }
    const parsed = parseWhatIfRequest(body.value, deps.service.bounds);
    if (!parsed.ok) {
      sendRejection(response, parsed.rejection);
      return;
    }
    // A client that goes away (the form moved on) gives up its place: a batch nobody waits for is dropped.
    const gaveUp = new AbortController();
    const onClose = (): void => {
      if (!response.writableFinished) gaveUp.abort();
    };
    response.once('close', onClose);
    try {
      const result = await deps.service.measure(parsed.value, gaveUp.signal);
      sendJson(response, 200, result);
    } catch (error) {
      if (!(error instanceof WhatIfError)) throw error;
      if (error.code === 'abandoned') return;
      sendRejection(response, error.rejection);
    } finally {
      response.off('close', onClose);
    }
  };
}

/** The server's settings of the preview: the service's, and the per-address budget of its route. */
export interface WhatIfSettings extends WhatIfServiceOptions {
  perAddress?: RateLimit;
}

/** The preview as the server mounts it: one service (its pool starts on the first request) and its route. */
export function startWhatIfPreview(
  settings: WhatIfSettings,
  deps: Omit<WhatIfRouteDeps, 'service' | 'perAddress'>,
): { handle: WhatIfHandler; close: () => void } {
  const { perAddress, ...serviceOptions } = settings;
  const service = new WhatIfService(serviceOptions);
  const handle = whatIfRoute({ ...deps, service, ...(perAddress ? { perAddress } : {}) });
  return {
    handle,
    close: () => {
      service.close();
    },
  };
}
