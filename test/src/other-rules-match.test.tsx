import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeResult } from '../../src/board/format.ts';
import { OtherRulesMatch } from '../../src/board/other-rules-match.tsx';

/** A match stored under other rules (issue 15) is shown from what every version keeps: never a blank page. */
describe('a match from other rules', () => {
  it('shows the server’s sentence, the result and the stored log, skipping what it cannot read', () => {
    const html = renderToString(
      <OtherRulesMatch
        rulesVersion="0.9.0"
        closedReason="This match was played under rules 0.9.0; it can be watched and replayed, not continued"
        log={[{ round: 1, side: null, text: '2025: the race begins.' }, 42, { round: 2, text: 7 }]}
        gameover={{ winner: '1', reason: 'selfReliance' }}
      />,
    );
    expect(html).toContain('played under rules 0.9.0');
    expect(html).toContain(describeResult('china', 'selfReliance'));
    expect(html).toContain('Round 1: 2025: the race begins.');
    expect(html.match(/<li/g)).toHaveLength(1);
  });

  it('says so in its own words when the server gave no sentence, and survives a log of another shape', () => {
    const html = renderToString(
      <OtherRulesMatch
        rulesVersion="1.0.0"
        closedReason={undefined}
        log={{ not: 'a list' }}
        gameover={undefined}
      />,
    );
    expect(html).toContain('played under rules 1.0.0');
    expect(html).not.toContain('<li');
  });
});
