import { z } from 'zod';

/**
 * A refusal as a client reads it off the wire (the socket's `rejected` event, an HTTP error body): what
 * the board, the lobby and classroom pages and the tools' clients parse. The code is any string: a newer server may refuse with a code this checkout
 * does not know, and its words still say why.
 */
export const wireRejectionSchema = z.object({ code: z.string(), message: z.string() });
export type WireRejection = z.infer<typeof wireRejectionSchema>;

/** An HTTP error body: `{error: {code, message}}`. */
export const errorBodySchema = z.object({ error: wireRejectionSchema });
