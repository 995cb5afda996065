/** Match ids are short URL-safe tokens; anything else is refused before touching storage. */
export function isMatchID(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
