import { z } from 'zod';
import { seats } from '../authority/seats.ts';
import { isObjectRecord } from '../../rules/object-record.ts';

/** Schemas that several boundaries share. */

/**
 * An object whose fields a later parser checks (the kernel checks a move's): kept as sent, not copied, so
 * a move costs no copy of its fields on the way in.
 */
export const untrustedObject = (message: string) =>
  z.custom<Record<string, unknown>>((value) => isObjectRecord(value), { error: message });

/** A seat: "0" (the US) or "1" (China); anything else, "__proto__" included, is refused. */
export const seatSchema = (message: string) => z.enum(seats, { error: message });

/** A client-sent value named in a message: short strings as they are, anything else by its type. */
export function label(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return value === null ? 'null' : typeof value;
}

/** What every HTTP route says of a body that is not an object. */
export const notAJsonObject = 'the body must be a JSON object';

/** A request body that takes exactly these keys (zod's words for an unknown one: `Unrecognized key: "seed"`). */
export const jsonBody = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : notAJsonObject),
  });
