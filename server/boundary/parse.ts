import type { z } from 'zod';
import type { Outcome, Rejection, RejectionCode } from './rejection.ts';
import { fail, isRejectionCode, refuse, succeed } from './rejection.ts';

/**
 * Parsing at the boundary: a zod schema turns an untrusted message or body into a typed value, or into
 * one `Rejection` made from its first issue. The message is the issue's, after the dotted path of the
 * field it concerns unless it begins with the field's name (`tables: a class has at most 20 tables`,
 * `playerName is required`); the code is `malformedMessage` unless the schema or the caller names
 * another (below).
 */

export interface ParseOptions {
  /**
   * Codes by field: an issue under a dotted path (the longest one given that leads to it) takes its code,
   * e.g. `{ playerID: 'seatMismatch' }`.
   */
  codes?: Readonly<Partial<Record<string, RejectionCode>>>;
  /** The code of every other issue (default `malformedMessage`). */
  otherwise?: RejectionCode;
}

/** A refinement that refuses with its own code: `.refine(check, coded('chatTooLong', '…'))`. */
export const coded = (
  code: RejectionCode,
  message: string,
): { message: string; params: { code: RejectionCode } } => ({
  message,
  params: { code },
});

function codeOf(issue: z.core.$ZodIssue, options: ParseOptions): RejectionCode {
  const own: unknown = issue.code === 'custom' ? issue.params?.code : undefined;
  if (isRejectionCode(own)) return own;
  for (let length = issue.path.length; length > 0; length--) {
    const code = options.codes?.[issue.path.slice(0, length).map(String).join('.')];
    if (code !== undefined) return code;
  }
  return options.otherwise ?? 'malformedMessage';
}

/** The rejection for a failed parse: its first issue's code and words. */
export function rejectionOf(error: z.ZodError, options: ParseOptions = {}): Rejection {
  const issue = error.issues[0];
  if (!issue) return refuse(options.otherwise ?? 'malformedMessage', 'malformed input');
  const field = issue.path.at(-1);
  // "playerName is required", not "playerName: playerName is required".
  const named = field === undefined || issue.message.startsWith(String(field));
  const message = named ? issue.message : `${issue.path.map(String).join('.')}: ${issue.message}`;
  return refuse(codeOf(issue, options), message);
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, options: ParseOptions = {}): Outcome<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? succeed(parsed.data) : fail(rejectionOf(parsed.error, options));
}

/** A parser for one boundary: `const parseJoin = parser(joinSchema, { codes: … })`. */
export const parser =
  <T>(schema: z.ZodType<T>, options: ParseOptions = {}) =>
  (input: unknown): Outcome<T> =>
    parseWith(schema, input, options);
