import { randomBytes } from 'node:crypto';
import type { Game } from 'boardgame.io';
import { InitializeGame } from 'boardgame.io/internal';
import type { SetupData } from '../../rules/index.ts';
import { RULES_VERSION, scenarioById } from '../../rules/index.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused, succeed } from '../boundary/rejection.ts';
import type { MatchMetadata, NewMatch } from '../storage/match-store.ts';

export interface MatchRequest {
  scenarioId?: string;
  unlisted?: boolean;
  /** The rules the match is created under: the running ones (default: this checkout's). */
  rulesVersion?: string;
  /** What-if parameter leaves over the scenario's (a classroom's tables); public, like the scenario. */
  overrides?: Record<string, number>;
}

/** Public setup data: what the lobby shows. The seed is never in it. */
export interface PublicSetup {
  scenarioId: string;
  overrides?: Record<string, number>;
}

/** A new match and the kernel seed it was set up with (kept by whoever may reveal it; never in metadata). */
export type SeededMatch = NewMatch & { kernelSeed: string };

const randomSeed = (): string => randomBytes(32).toString('hex');

/**
 * A new match: the kernel is seeded with 256 crypto-random bits (never stored in metadata, never sent);
 * boardgame.io's own random plugin gets its own per-match crypto seed too (its `game.seed` is shared by
 * all matches and its default is the public creation time).
 */
export function newMatch(game: Game, request: MatchRequest, now = Date.now()): Outcome<SeededMatch> {
  const scenarioId = request.scenarioId ?? 'baseline-2025';
  if (!scenarioById(scenarioId)) return refused('malformedMessage', 'unknown scenario');
  const kernelSeed = randomSeed();
  const setupData: SetupData = { scenarioId, seed: kernelSeed };
  if (request.overrides !== undefined) {
    setupData.overrides = request.overrides;
    const problem: unknown = game.validateSetupData?.(setupData, 2);
    if (typeof problem === 'string') return refused('malformedMessage', problem);
  }
  const initialState = InitializeGame({ game: { ...game, seed: randomSeed() }, numPlayers: 2, setupData });
  const publicSetup: PublicSetup = { scenarioId };
  if (request.overrides !== undefined) publicSetup.overrides = request.overrides;
  const metadata: MatchMetadata = {
    gameName: game.name ?? 'silicon-curtain',
    unlisted: request.unlisted === true,
    players: { 0: { id: 0 }, 1: { id: 1 } },
    setupData: publicSetup,
    createdAt: now,
    updatedAt: now,
  };
  return succeed({ initialState, metadata, rulesVersion: request.rulesVersion ?? RULES_VERSION, kernelSeed });
}
