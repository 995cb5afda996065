import { z } from 'zod';

/**
 * zod's own test for a JSON object (not null, not an array): the one type guard the project shares, for
 * the few hot paths that look at the shape of boardgame.io's or our stored states, where a schema's copy
 * of every key would cost. Input from outside goes through a schema, not through this.
 */
export const isObjectRecord: (value: unknown) => value is Record<PropertyKey, unknown> = z.core.util.isObject;
