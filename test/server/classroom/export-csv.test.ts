import { describe, expect, it } from 'vitest';
import { csvField } from '../../../server/classroom/export-csv.ts';

describe('CSV fields (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    [0.25, '0.25'],
    [-3, '-3'],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });
});
