import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 192 random bits, URL-safe. */
export function newCredentials(): string {
  return randomBytes(24).toString('base64url');
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time comparison (both sides hashed to 32 bytes first, so lengths leak nothing). */
export function credentialsMatch(given: unknown, stored: unknown): boolean {
  if (typeof given !== 'string' || typeof stored !== 'string' || stored.length === 0) return false;
  return timingSafeEqual(digest(given), digest(stored));
}

/** A secret as it is stored when only its holder may know it (a facilitator key, a student token). */
export function hashSecret(secret: string): string {
  return digest(secret).toString('hex');
}

/** Constant-time check of a presented secret against a stored `hashSecret`. */
export function secretMatchesHash(given: unknown, storedHash: string): boolean {
  if (typeof given !== 'string' || given.length === 0 || !/^[0-9a-f]{64}$/.test(storedHash)) return false;
  return timingSafeEqual(digest(given), Buffer.from(storedHash, 'hex'));
}
