import { describe, expect, it } from 'vitest';
import { CredentialsCache } from '../../server/storage/credentials-cache.ts';

describe('CredentialsCache', () => {
  it('holds at most its bound of matches, dropping the oldest', () => {
    const cache = new CredentialsCache(2);
    cache.set('a', '0', 'x');
    cache.set('b', '0', 'y');
    cache.set('c', '1', null);
    expect(cache.get('a', '0')).toBeUndefined();
    expect(cache.get('b', '0')).toBe('y');
    expect(cache.get('c', '1')).toBeNull();
    expect(cache.get('c', '0')).toBeUndefined();
  });

  it('forgets a match before a metadata write and again after it settles, even when it fails', async () => {
    const cache = new CredentialsCache();
    cache.set('m', '0', 'old');
    let release = (): void => undefined;
    const write = cache.around('m', () => new Promise<void>((resolve) => (release = resolve)));
    expect(cache.get('m', '0')).toBeUndefined();
    cache.set('m', '0', 'read while the write was queued');
    release();
    await write;
    expect(cache.get('m', '0')).toBeUndefined();
    cache.set('m', '0', 'old');
    await expect(cache.around('m', () => Promise.reject(new Error('disk')))).rejects.toThrow('disk');
    expect(cache.get('m', '0')).toBeUndefined();
  });
});
