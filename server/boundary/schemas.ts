import { z } from 'zod';
import { seats } from '../authority/seats.ts';
import { isObjectRecord } from './object-record.ts';

/** Schemas that several boundaries share. */

/**
 * An object whose fields a later parser checks (the kernel checks a move's): kept as sent, not copied, so
 * a move costs no copy of its fields on the way in.
 */
export const untrustedObject = (message: string) =>
  z.custom<Record<string, unknown>>((value) => isObjectRecord(value), { error: message });

/** A seat: "0" (the US) or "1" (China); anything else, "__proto__" included, is refused. */
export const seatSchema = (message: string) => z.enum(seats, { error: message });
