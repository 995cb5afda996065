import { describe, expect, it } from 'vitest';
import { comparisonChartBox, noRoundEnded } from '../../../src/classroom/debrief/comparison-section.tsx';
import { thinned } from '../../../src/charts/line-chart.tsx';

describe('the comparison’s note on empty columns', () => {
  it('names the tables that have not ended a round, in plain English', () => {
    expect(noRoundEnded(['Table 2'])).toBe(
      "Table 2 has not ended a round yet: a table's charts fill in as its rounds end.",
    );
    expect(noRoundEnded(['Table 1', 'Table 2'])).toMatch(/^Table 1 and Table 2 have not ended a round yet/);
    expect(noRoundEnded(['Table 1', 'Table 3 (game 2)', 'Table 4'])).toMatch(
      /^Table 1, Table 3 \(game 2\) and Table 4 have not/,
    );
  });
});

describe('the comparison’s charts on a screen', () => {
  it('draws a chart as wide as its cell with its text near the page’s size: a projector’s grow wide', () => {
    const phone = comparisonChartBox({ widthPx: 152, fontPx: 16 });
    const projector = comparisonChartBox({ widthPx: 420, fontPx: 17.6 });
    // Text at 0.9 of the page's: the drawing's width in its units is the cell's over that scale.
    expect(projector.width).toBe(Math.round(420 / ((0.9 * 17.6) / 13)));
    expect(projector.width).toBeGreaterThan(2 * phone.width);
    expect(projector.height).toBeGreaterThan(phone.height);
    // A narrow cell keeps a drawing wide enough for its axis; a very wide one is not made tall.
    expect(phone.width).toBe(150);
    expect(phone.height).toBe(84);
    expect(comparisonChartBox({ widthPx: 1600, fontPx: 17.6 }).height).toBe(120);
  });

  it.each<[number[], number, number[]]>([
    [[-8, -4, 0, 4, 8], 9, [-8, -4, 0, 4, 8]],
    [[-8, -4, 0, 4, 8], 4, [-8, 0, 8]],
    [[0, 2, 4, 6], 3, [0, 6]],
    [[0, 20, 40, 60, 80, 100], 4, [0, 100]],
    [[0, 1, 2, 3, 4, 5, 6], 4, [0, 2, 4, 6]],
    [[0, 10], 1, [0, 10]],
  ])('thins the ticks %j to the room for %i, evenly and keeping both ends: %j', (ticks, room, kept) => {
    expect(thinned(ticks, room)).toEqual(kept);
  });
});
