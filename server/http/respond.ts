import type { ServerResponse } from 'node:http';
import type { Outcome, Rejection } from '../boundary/rejection.ts';
import { httpStatusOf } from '../boundary/rejection.ts';

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** A refusal as every route answers one: its code's status, `{error: {code, message}}`. */
export function sendRejection(response: ServerResponse, rejection: Rejection): void {
  sendJson(response, httpStatusOf(rejection), {
    error: { code: rejection.code, message: rejection.message },
  });
}

/** The value with `okStatus`, or the refusal. */
export function sendOutcome<T>(response: ServerResponse, outcome: Outcome<T>, okStatus = 200): void {
  if (outcome.ok) sendJson(response, okStatus, outcome.value);
  else sendRejection(response, outcome.rejection);
}
