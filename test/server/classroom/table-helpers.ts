import type { State } from 'boardgame.io';
import type { GameState } from '../../../rules/index.ts';
import type { RawClient } from '../helpers/raw-socket.ts';
import type { RunningServer } from '../../../server/server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { joinSeat, postJson } from '../helpers/test-server.ts';

/** Helpers of the classroom tests: matches made through the Lobby API, moves sent by raw sockets. */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function storedState(server: RunningServer, matchID: string): Promise<State> {
  const state = await server.store.loadState(matchID);
  if (!state) throw new Error(`no match ${matchID}`);
  return state;
}

export const gameOf = (state: State): GameState => state.G as GameState;

/** Waits until the stored match satisfies `done` (polling; fails after `timeoutMs`). */
export async function storedWhen(
  server: TestServer,
  matchID: string,
  done: (state: State) => boolean,
  timeoutMs = 8000,
): Promise<State> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await storedState(server, matchID);
    if (done(state)) return state;
    if (Date.now() > deadline)
      throw new Error(`match ${matchID} did not get there (at state ${state._stateID})`);
    await sleep(20);
  }
}

/** The raw `update` a seat's client sends for a headline. */
export function headlineUpdate(
  matchID: string,
  seat: '0' | '1',
  credentials: string,
  cardId: string,
  stateID: number,
): [string, ...unknown[]] {
  return [
    'update',
    {
      type: 'MAKE_MOVE',
      payload: { type: 'chooseHeadline', args: [{ cardId }], playerID: seat, credentials },
    },
    stateID,
    matchID,
    seat,
  ];
}

/** Sends a seat's headline and resolves with the next state the client is shown. */
export async function sendHeadline(
  client: RawClient,
  [event, ...rest]: [string, ...unknown[]],
): Promise<State> {
  const shown = client.next('state');
  client.socket.emit(event, ...rest);
  const [, state] = await shown;
  return state as State;
}

/** A match against a server bot seat ("1", China); its human seat ("0") is still free. */
export async function createBotMatch(server: TestServer, bot = 'random'): Promise<string> {
  const created = await postJson(`${server.url}/games/silicon-curtain/create`, {
    numPlayers: 2,
    setupData: { botSeat: '1', bot },
  });
  if (created.status !== 200) throw new Error(`create: ${created.status}`);
  return String(created.body.matchID);
}

export { joinSeat };

/**
 * Ends a match at once: paused (its bot seat waits), set one step short of the compute-lead track's end,
 * then an event brought in that reaches it (the US wins), and resumed.
 */
export async function finishMatch(server: RunningServer, matchID: string): Promise<void> {
  const paused = await server.tableControls.setPaused(matchID, true);
  if (!paused.ok) throw new Error(`pause: ${paused.rejection.message}`);
  const state = await storedState(server, matchID);
  const G = gameOf(state);
  const next = {
    ...state,
    G: { ...G, computeLead: G.params.scoring.leadToWin - 1 },
    _stateID: state._stateID + 1,
  };
  if (!(await server.store.commitState(matchID, { state: next, deltalog: [] })))
    throw new Error('the match moved on');
  const injected = await server.tableControls.inject(matchID, { cardId: 'n2-volume' });
  if (!injected.ok) throw new Error(`inject: ${injected.rejection.message}`);
  if ((await storedState(server, matchID)).ctx.gameover === undefined) throw new Error('not over');
  // Ended, not held: a finished game is never paused (the controls refuse it).
  const resumed = await server.tableControls.setPaused(matchID, false);
  if (!resumed.ok) throw new Error(`resume: ${resumed.rejection.message}`);
}

/** A `setup` frame's content (socket-transport.ts): the match's public setup and its metadata version. */
export interface SetupFrame {
  version: number;
  paused: boolean;
}

/** The `setup` frames a raw client received so far, oldest first, read as the board reads them. */
export function setupFrames(client: RawClient): SetupFrame[] {
  return client.frames
    .filter(([event]) => event === 'setup')
    .map(([, , setup]) => {
      const { version, setupData } = setup as {
        version: number;
        setupData: { facilitator?: { paused?: unknown } };
      };
      return { version, paused: setupData.facilitator?.paused === true };
    });
}
