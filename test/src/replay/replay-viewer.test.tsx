import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fingerprint, RULES_VERSION } from '../../../rules/index.ts';
import { playLabGame } from '../../../src/replay/lab-game.ts';
import { labInitialState } from '../../../src/replay/lab-setup.ts';
import type { ReplayProps } from '../../../src/replay/replay-viewer.tsx';
import { ReplayViewer } from '../../../src/replay/replay-viewer.tsx';
import type { Timeline } from '../../../src/replay/timeline.ts';
import { buildTimeline } from '../../../src/replay/timeline.ts';

/** The viewer rendered in node (no DOM): what it says about the rules and the check, before any move. */
const game = { scenarioId: 'compressed-2027', seed: 'view', us: 'random', china: 'random', overrides: {} };
const steps = playLabGame(game).map((move) => ({ by: move.side, move }));
const timeline = buildTimeline(labInitialState(game), steps);
const finalFingerprint = fingerprint(timeline.states.at(-1));
const bot = { name: 'Bot (random)', connected: undefined, bot: true };

/** The page's markup (attributes and all) and its text as read, without tags. */
function render(props: Partial<ReplayProps> & { timeline?: Timeline } = {}): { html: string; text: string } {
  const html = renderToString(
    <ReplayViewer
      timeline={timeline}
      title="Balance-lab game view"
      playedUnder={RULES_VERSION}
      rulesNote={undefined}
      expected={{ fingerprint: finalFingerprint, what: 'the final state the lab recorded' }}
      seats={{ us: bot, china: bot }}
      gameover={undefined}
      {...props}
    />,
  );
  return { html, text: html.replace(/<[^>]*>/g, '').replace(/&#x27;/g, "'") };
}

describe('the replay viewer', () => {
  it('opens before the first move on the board, with its controls, the rules and both hands', () => {
    const { html, text } = render();
    expect(text).toContain('Before the first move');
    expect(html).toContain(`data-last="${steps.length}"`);
    expect(text).toContain(`Rules ${RULES_VERSION} the rules this viewer runs`);
    expect(html).toContain('aria-label="Next move"');
    expect(html).toContain('type="range"');
    expect(html).toContain('class="supply-chain');
    expect(text).toContain('Hands (hidden during play)');
    expect(text).toContain('Bot (random)');
  });

  it('says the replay ends on the recorded final state when the fingerprints agree', () => {
    expect(render().text).toContain(
      `The replay ends on the final state the lab recorded: fingerprint ${finalFingerprint}.`,
    );
  });

  it('says it is not the game as it was played when they do not', () => {
    const { html, text } = render({
      expected: { fingerprint: '0000000000000000', what: 'the match’s stored final state' },
    });
    expect(html).toContain('role="alert"');
    expect(text).toContain(
      `The replay ends on fingerprint ${finalFingerprint}, not on the match’s stored final state (0000000000000000): it is not the game as it was played.`,
    );
  });

  it('names other rules, and a source that records none, in words', () => {
    const other = render({ playedUnder: '2.0.0', rulesNote: 'Played under 2.0.0, migrated.' }).text;
    expect(other).toContain(`Rules 2.0.0 this viewer runs rules ${RULES_VERSION}`);
    expect(other).toContain('Played under 2.0.0, migrated.');
    expect(render({ playedUnder: undefined }).text).toContain('Rules not recorded');
  });

  it('says where the rules refused a move and the replay stopped', () => {
    const stopped = buildTimeline(labInitialState(game), [
      ...steps.slice(0, 2),
      { by: 'us', move: { type: 'endTurn', side: 'us' } },
    ]);
    const { text } = render({ timeline: stopped });
    expect(text).toContain('The rules refused move 3 (');
    // Cut short, the check against the recorded state is not made.
    expect(text).not.toContain('The replay ends on');
  });
});
