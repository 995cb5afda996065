import { createHash } from 'node:crypto';
import type { CreateOptions } from './create-options.ts';

/**
 * Who created a match, as the lobby groups matches to keep one creator from filling its pages (issue 15):
 * a short hash of the creating address. It is stored in the match's metadata and never sent (the Lobby
 * API's match data leaves it out), so a listing does not tell who shares a school's address. The same on
 * every process and after a restart; an address that changes (IPv6 privacy addresses) is a new creator,
 * as it is for the creation quota.
 */
export function creatorKey(address: string): string {
  return createHash('sha256').update(`silicon-curtain creator\n${address}`).digest('base64url').slice(0, 16);
}

/** The create options with the creator of a request from `address` (none without an address). */
export function createdBy(options: CreateOptions, address: string | undefined): CreateOptions {
  return address === undefined ? options : { ...options, creator: creatorKey(address) };
}
