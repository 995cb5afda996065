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
