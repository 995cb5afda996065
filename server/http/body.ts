import type { IncomingMessage } from 'node:http';
import type { Outcome } from '../boundary/rejection.ts';
import { refused, succeed } from '../boundary/rejection.ts';

const tooLarge = (): Outcome<unknown> => refused('messageTooLarge', 'body too large');

/** Reads a JSON body of at most `maxBytes` (an empty body is `{}`); its shape is the route's to parse. */
export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<Outcome<unknown>> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > maxBytes) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) return tooLarge();
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return succeed({});
  try {
    return succeed(JSON.parse(text) as unknown);
  } catch {
    return refused('malformedMessage', 'body is not JSON');
  }
}
