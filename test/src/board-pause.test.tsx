import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GameState, Side } from '../../rules/index.ts';
import { applyMoveInPlace, createGame, legalMoves, observe, playerIdBySide } from '../../rules/index.ts';
import { Board } from '../../src/board/board.tsx';
import { pausedReason, publishSetupNotice } from '../../src/board/table-pause.ts';
import { boardProps, matchSetupWith } from './board-props.ts';

let socketNotices = 0;

/** The match's socket says whether its facilitator paused the table (as the server's `setup` event). */
function tellPaused(paused: boolean): void {
  const setupData = { scenarioId: 'baseline', facilitator: { paused, turnSeconds: null } };
  publishSetupNotice('m1', { version: ++socketNotices, setupData });
}

/** The board of a seat, rendered in node, after its socket said the table is or is not paused. */
function render(state: GameState, side: Side, paused: boolean): string {
  tellPaused(paused);
  return renderToString(
    <Board
      {...boardProps(observe(state, side), playerIdBySide[side])}
      matchSetup={matchSetupWith({ scenarioId: 'baseline' })}
    />,
  );
}

/** The buttons of the hand and the ops menu (the area a seat plays in), as their opening tags and text. */
function moveButtons(html: string): { tag: string; label: string }[] {
  const start = html.indexOf('class="area area-play"');
  const end = html.indexOf('class="area area-chains"');
  expect(start).toBeGreaterThan(-1);
  return [...html.slice(start, end).matchAll(/(<button[^>]*>)([^<]*)<\/button>/g)].map((match) => ({
    tag: match[1] ?? '',
    label: match[2] ?? '',
  }));
}

const headlines = (): GameState => createGame({ seed: 'pause-render' });

function actionRound(): { state: GameState; side: Side } {
  const state = createGame({ seed: 'pause-render' });
  for (const side of ['us', 'china'] as const) {
    const headline = legalMoves(state, side)[0];
    if (headline) applyMoveInPlace(state, headline);
  }
  return { state, side: state.activeSide };
}

function opsToSpend(): { state: GameState; side: Side } {
  const { state, side } = actionRound();
  const ops = legalMoves(state, side).find((move) => move.type === 'playCard' && move.use === 'ops');
  if (!ops) throw new Error('no card to play for operations');
  applyMoveInPlace(state, ops);
  return { state, side };
}

const cases: [string, () => { state: GameState; side: Side }][] = [
  ['choosing a headline', () => ({ state: headlines(), side: 'us' })],
  ['playing a card', actionRound],
  ['spending operations', opsToSpend],
];

describe('a paused table on the board', () => {
  it.each(cases)(
    'disables every move control, each pointing to the reason in words, when %s',
    (_name, make) => {
      const { state, side } = make();
      const buttons = moveButtons(render(state, side, true));
      expect(buttons.length).toBeGreaterThan(0);
      for (const { tag } of buttons) expect(tag).toContain('disabled=""');
      const html = render(state, side, true);
      // Every control is described by the reason shown as text (not a title), printed once per area
      // (the hand, the operations menu) rather than under every button.
      for (const { tag } of buttons) {
        const describedBy = /aria-describedby="([^"]+)"/.exec(tag)?.[1];
        if (describedBy === undefined) throw new Error(`a held control without its reason: ${tag}`);
        expect(html).toMatch(new RegExp(`id="${describedBy}"[^>]*>${pausedReason}<`));
      }
      const printed = html.split(`>${pausedReason}<`).length - 1;
      expect(printed).toBeGreaterThan(0);
      expect(printed).toBeLessThanOrEqual(2);
      expect(html).toContain('Paused by your teacher.');
      expect(html).toContain('Keys wait until play resumes');
    },
  );

  it.each(cases)('leaves the controls to the rules once resumed, when %s', (_name, make) => {
    const { state, side } = make();
    const html = render(state, side, false);
    const buttons = moveButtons(html);
    expect(buttons.some(({ tag }) => !tag.includes('disabled'))).toBe(true);
    expect(html).not.toContain(pausedReason);
    expect(html).not.toContain('Paused by your teacher.');
  });

  it('offers End turn only while the table runs', () => {
    const { state, side } = opsToSpend();
    const endTurn = (paused: boolean) =>
      moveButtons(render(state, side, paused)).find(({ label }) => label === 'End turn');
    expect(endTurn(true)?.tag).toContain('disabled=""');
    expect(endTurn(false)?.tag).not.toContain('disabled');
  });

  it('holds nothing on the Lobby API’s reading alone: the socket has the word on a pause', () => {
    tellPaused(false);
    const html = renderToString(
      <Board
        {...boardProps(observe(headlines(), 'us'), '0')}
        matchSetup={matchSetupWith({ facilitator: { paused: true } })}
      />,
    );
    expect(html).not.toContain('Paused by your teacher.');
  });

  it('tells a spectator the table is paused, without a hand', () => {
    tellPaused(true);
    const html = renderToString(
      <Board {...boardProps(observe(headlines(), 'spectator'), null)} matchSetup={matchSetupWith({})} />,
    );
    expect(html).toContain('Paused by your teacher.');
    expect(html).not.toContain('Your hand');
  });
});
