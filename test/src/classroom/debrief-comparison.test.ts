import { describe, expect, it } from 'vitest';
import { noRoundEnded } from '../../../src/classroom/debrief/comparison-section.tsx';

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
