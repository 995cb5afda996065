import { botSpecsFor } from '../../rules/bots/index.ts';
import { baselineScenarioId } from '../../rules/index.ts';
import type { Seat } from './route.ts';
import { otherSeat } from './route.ts';

/** The new-match form's choices, turned into the Lobby API's create body (server/lobby/create-options.ts). */

export interface ClockChoice {
  id: string;
  label: string;
  settings: { initialSeconds: number; incrementSeconds: number } | null;
}

export const clockChoices: readonly ClockChoice[] = [
  { id: 'none', label: 'No clock', settings: null },
  { id: '10+5', label: '10 minutes + 5 s a move', settings: { initialSeconds: 600, incrementSeconds: 5 } },
  {
    id: '30+10',
    label: '30 minutes + 10 s a move',
    settings: { initialSeconds: 1800, incrementSeconds: 10 },
  },
];

/** `'person'`: the rival seat stays open for an invite link; any other value is a bot spec that plays it on the server. */
export type Opponent = string;

/** The server's bot seat runs the search at this budget: strong, and quick enough for a live game. */
export const defaultBot = 'mcts:200';

const botLabels: Record<string, string> = {
  random: 'Random moves (to learn the rules)',
  greedy: 'Greedy: the best move one step ahead',
  'mcts:200': 'Search (mcts:200): the strongest',
};

/** Bots that can play the seat opposite `seat`, strongest first, with a label each. */
export function botChoices(seat: Seat): { spec: string; label: string }[] {
  const rivalSide = otherSeat(seat) === '0' ? 'us' : 'china';
  const specs = botSpecsFor(rivalSide);
  const ordered = specs.includes(defaultBot)
    ? [defaultBot, ...specs.filter((spec) => spec !== defaultBot)]
    : specs;
  return ordered.map((spec) => ({ spec, label: botLabels[spec] ?? `Scripted plan: ${spec}` }));
}

export interface CreateRequest {
  numPlayers: 2;
  setupData: { scenarioId: string; botSeat?: Seat; bot?: string };
  clock?: { initialSeconds: number; incrementSeconds: number };
  /** Kept off the lobby's public list. */
  unlisted?: true;
}

export function createRequest(
  scenarioId: string,
  seat: Seat,
  opponent: Opponent,
  clockId: string,
): CreateRequest {
  const request: CreateRequest = { numPlayers: 2, setupData: { scenarioId } };
  if (opponent !== 'person') {
    request.setupData.botSeat = otherSeat(seat);
    request.setupData.bot = opponent;
  }
  const clock = clockChoices.find((choice) => choice.id === clockId)?.settings;
  if (clock) request.clock = clock;
  return request;
}

/** The tutorial's rival: the one-step-ahead bot answers at once, so the coach never waits on it long. */
export const tutorialBot = 'greedy';

/** A tutorial match: the baseline game against `tutorialBot`, no clock, off the public list. */
export function tutorialRequest(seat: Seat): CreateRequest {
  return { ...createRequest(baselineScenarioId, seat, tutorialBot, 'none'), unlisted: true };
}
