import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/board/svg-text.ts';

/** The board's own line breaking: SVG text never wraps, so a station measures its words. */
describe('words measured for a drawing', () => {
  it('measures DejaVu Sans: a digit is 0.636 em, an i 0.278 em, bold wider than plain', () => {
    expect(textWidth('0', 100)).toBeCloseTo(63.6);
    expect(textWidth('i', 100)).toBeCloseTo(27.8);
    expect(textWidth('10 of 10', 12)).toBeCloseTo(12 * (4 * 0.636 + 2 * 0.318 + 0.612 + 0.352));
    expect(textWidth('Fabs', 13, 'bold')).toBeGreaterThan(textWidth('Fabs', 13));
  });

  it('counts a no-break space as a space, and a character it does not know as a wide one', () => {
    expect(textWidth('a\u00a0b', 10)).toBeCloseTo(textWidth('a b', 10));
    expect(textWidth('中', 10)).toBeGreaterThan(textWidth('m', 10));
  });

  it('keeps a line that fits whole', () => {
    expect(wrapText('yield 88%, cap 88%', 1000, 12)).toEqual(['yield 88%, cap 88%']);
  });

  it('breaks at spaces so that no line is wider than its room', () => {
    const room = textWidth('cluster 69%,', 12);
    const lines = wrapText('cluster 69%, memory 80% and more', room, 12);
    expect(lines.join(' ')).toBe('cluster 69%, memory 80% and more');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(room);
  });

  it('keeps a phrase joined by no-break spaces on one line, breaking it only if it alone is too wide', () => {
    const room = textWidth('+1.4M a round', 12);
    expect(wrapText('domestic HBM +1.4M\u00a0a\u00a0round', room, 12)).toEqual([
      'domestic HBM',
      '+1.4M\u00a0a\u00a0round',
    ]);
    const narrow = textWidth('+1.4M a', 12);
    expect(wrapText('+1.4M\u00a0a\u00a0round', narrow, 12)).toEqual(['+1.4M\u00a0a', 'round']);
  });

  it('puts a word wider than the room on a line of its own rather than cutting it', () => {
    expect(wrapText('a supercalifragilistic word', 30, 12)).toEqual(['a', 'supercalifragilistic', 'word']);
  });
});
