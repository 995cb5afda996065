import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../rules/fingerprint.ts';
import { ListFingerprint } from '../../../tools/sim/list-fingerprint.ts';

describe('a list fingerprint fed one item at a time', () => {
  it('is the fingerprint of the whole list', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 40 }), (items) => {
        const streamed = new ListFingerprint(items.length);
        for (const item of items) streamed.add(item);
        expect(streamed.digest()).toBe(fingerprint(items));
      }),
    );
  });

  it('refuses a digest before every announced item came, and an item past them', () => {
    const short = new ListFingerprint(2);
    short.add('a');
    expect(() => short.digest()).toThrow('got 1');
    short.add('b');
    expect(() => {
      short.add('c');
    }).toThrow('got one more');
  });
});
