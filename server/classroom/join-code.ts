import { randomInt } from 'node:crypto';

/**
 * Join codes: six characters read off a projector and typed on a phone, from an alphabet without the
 * look-alikes 0/O and 1/I (32 symbols: about a billion codes). Typed codes are forgiven case, spaces and
 * dashes.
 */
export const joinCodeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const joinCodeLength = 6;

export function newJoinCode(): string {
  let code = '';
  for (let index = 0; index < joinCodeLength; index++)
    code += joinCodeAlphabet.charAt(randomInt(joinCodeAlphabet.length));
  return code;
}

/** The code as stored, or undefined when the text cannot be one (so it costs no lookup). */
export function normaliseJoinCode(typed: unknown): string | undefined {
  if (typeof typed !== 'string' || typed.length > 32) return undefined;
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== joinCodeLength) return undefined;
  for (const symbol of code) if (!joinCodeAlphabet.includes(symbol)) return undefined;
  return code;
}
