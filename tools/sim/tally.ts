import type { EndReason, Side } from '../../rules/index.ts';
import { endReasons } from '../../rules/index.ts';
import { menuOf } from '../../rules/actions.ts';
import { sides } from '../../rules/vocabulary.ts';
import type { GameRow, SimOptions } from '../../server/games/game-row.ts';
import { wilsonInterval } from '../../server/games/stats.ts';
import { Counts } from './counts.ts';
import { ListFingerprint } from './list-fingerprint.ts';
import type { SimSummary } from './run.ts';
import type { ActionUse, RoundPoint } from './summary.ts';
import { leadChanges, rate, round2, round3 } from './summary.ts';

/**
 * A batch's summary built one game at a time, so a run of a million games needs the memory of its distinct
 * figures (lengths, rounds, actions), not of its rows. Sums are taken in row order, as a pass over the
 * rows takes them, so every figure is the same to the last bit whether the rows were kept or streamed.
 */

const actionMenus: Record<Side, string[]> = { us: menuOf('us'), china: menuOf('china') };

const noReasons = (): Record<EndReason, number> =>
  Object.fromEntries(endReasons.map((reason) => [reason, 0])) as Record<EndReason, number>;

interface ActionTally {
  /** Every action the side took, on its menu or not. */
  total: number;
  uses: Map<string, number>;
  /** Games in which the side took the action at least once. */
  games: Map<string, number>;
}

interface RoundTally {
  games: number;
  leadSum: number;
  escalationSum: number;
}

export class SummaryTally {
  private games = 0;
  private readonly wins = { us: 0, china: 0, draw: 0 };
  private readonly reasons = noReasons();
  private readonly winsByReason: Record<Side, Record<EndReason, number>> = {
    us: noReasons(),
    china: noReasons(),
  };
  private leadChangeSum = 0;
  private readonly rounds = new Counts();
  private readonly moves = new Counts();
  private chinaLedGames = 0;
  private comebackGames = 0;
  private comebacks = 0;
  private readonly actions: Record<Side, ActionTally> = {
    us: { total: 0, uses: new Map(), games: new Map() },
    china: { total: 0, uses: new Map(), games: new Map() },
  };
  /** Each side's uses of each action by round (index r − 1), summed over rows. */
  private readonly actionRoundSums: Record<Side, Map<string, number[]>> = { us: new Map(), china: new Map() };
  /** Index r − 1: games that played round r. */
  private readonly gamesPlayingRound: number[] = [];
  /** False once a row came without its actions by round (a tournament's). */
  private everyRowHasRounds = true;
  private readonly billShareSum: Record<Side, number> = { us: 0, china: 0 };
  /** Index i: the games with a record for round i + 1. */
  private readonly byRound: RoundTally[] = [];
  private readonly fingerprints: ListFingerprint;

  /** `games`: how many rows will come (the run's fingerprint hashes the list's length first). */
  constructor(games: number) {
    this.fingerprints = new ListFingerprint(games);
  }

  add(row: GameRow): void {
    this.games++;
    this.wins[row.winner] += 1;
    this.reasons[row.reason] += 1;
    if (row.winner !== 'draw') this.winsByReason[row.winner][row.reason] += 1;
    this.leadChangeSum += leadChanges(row.leadByRound);
    this.rounds.add(row.rounds);
    this.moves.add(row.moves);
    if (row.leadByRound.some((lead) => lead < 0)) this.chinaLedGames++;
    this.addComeback(row);
    this.addActionRounds(row);
    for (const side of sides) {
      this.addActions(this.actions[side], row.actions[side]);
      this.billShareSum[side] += row.productionBillShare[side];
    }
    this.addRounds(row);
    this.fingerprints.add(row.fingerprint);
  }

  summary(options: SimOptions, seconds = 0): SimSummary {
    const games = this.games;
    return {
      games,
      seed: options.seed,
      scenario: options.scenarioId,
      bots: { us: options.us, china: options.china },
      overrides: { ...(options.overrides ?? {}) },
      gameSeeds: `game i (0-based) plays seed "${options.seed}:i"; replay it with --replay "${options.seed}:i"`,
      wins: { ...this.wins },
      draws: this.wins.draw,
      usWinRate: rate(this.wins.us, games),
      winRateCi95: { us: wilsonInterval(this.wins.us, games), china: wilsonInterval(this.wins.china, games) },
      endReasons: { ...this.reasons },
      winsByReason: { us: { ...this.winsByReason.us }, china: { ...this.winsByReason.china } },
      lengthRounds: {
        median: this.rounds.percentile(0.5),
        p95: this.rounds.percentile(0.95),
        ...this.rounds.extremes(),
        histogram: this.lengthHistogram(),
      },
      movesPerGame: { median: this.moves.percentile(0.5), p95: this.moves.percentile(0.95) },
      leadChangesPerGame: games ? round3(this.leadChangeSum / games) : 0,
      chinaLedShare: games ? round3(this.chinaLedGames / games) : 0,
      comebackRate: {
        ...rate(this.comebacks, this.comebackGames),
        comebacks: this.comebacks,
        games: this.comebackGames,
      },
      finalScoreShare: games ? round3(this.reasons.finalScore / games) : 0,
      actionUsage: { us: this.actionUsage('us'), china: this.actionUsage('china') },
      ...(this.everyRowHasRounds && games > 0
        ? {
            actionUsageByRound: {
              us: this.actionUsageByRound('us'),
              china: this.actionUsageByRound('china'),
            },
          }
        : {}),
      productionBillShare: {
        us: games ? round3(this.billShareSum.us / games) : 0,
        china: games ? round3(this.billShareSum.china / games) : 0,
      },
      trajectory: this.trajectory(),
      gamesPerSec: seconds > 0 ? round2(games / seconds) : 0,
      fingerprint: this.fingerprints.digest(),
    };
  }

  /** See `comebackDefinition` in summary.ts. */
  private addComeback(row: GameRow): void {
    const leadAfterRound2 = row.leadByRound[1];
    if (row.winner === 'draw' || leadAfterRound2 === undefined || leadAfterRound2 === 0) return;
    this.comebackGames++;
    const trailing = leadAfterRound2 < 0 ? 'us' : 'china';
    if (row.winner === trailing) this.comebacks++;
  }

  private addActions(tally: ActionTally, counts: Readonly<Record<string, number>>): void {
    for (const [action, count] of Object.entries(counts)) {
      tally.total += count;
      tally.uses.set(action, (tally.uses.get(action) ?? 0) + count);
      if (count > 0) tally.games.set(action, (tally.games.get(action) ?? 0) + 1);
    }
  }

  private addActionRounds(row: GameRow): void {
    const rounds = row.actionRounds;
    if (!rounds) {
      this.everyRowHasRounds = false;
      return;
    }
    for (let round = 1; round <= row.rounds; round++)
      this.gamesPlayingRound[round - 1] = (this.gamesPlayingRound[round - 1] ?? 0) + 1;
    for (const side of sides)
      for (const [action, perRound] of Object.entries(rounds[side])) {
        const sums = this.actionRoundSums[side].get(action) ?? [];
        perRound.forEach((uses, i) => {
          sums[i] = (sums[i] ?? 0) + uses;
        });
        this.actionRoundSums[side].set(action, sums);
      }
  }

  private addRounds(row: GameRow): void {
    row.leadByRound.forEach((lead, i) => {
      let round = this.byRound[i];
      if (!round) {
        round = { games: 0, leadSum: 0, escalationSum: 0 };
        this.byRound[i] = round;
      }
      round.games++;
      round.leadSum += lead;
      round.escalationSum += row.escalationByRound[i] ?? 0;
    });
  }

  /** Games that ended in each round, for every round from 1 to the longest game. */
  private lengthHistogram(): Record<string, number> {
    const longest = Math.max(0, this.rounds.extremes().max);
    const histogram: Record<string, number> = {};
    for (let round = 1; round <= longest; round++) histogram[String(round)] = 0;
    for (const [rounds, games] of this.rounds.entries())
      histogram[String(rounds)] = (histogram[String(rounds)] ?? 0) + games;
    return histogram;
  }

  /** Each action on the side's menu, in menu order (tracks of one action counted together). */
  private actionUsage(side: Side): Record<string, ActionUse> {
    const tally = this.actions[side];
    const games = this.games;
    const usage: Record<string, ActionUse> = {};
    for (const action of actionMenus[side]) {
      const uses = tally.uses.get(action) ?? 0;
      usage[action] = {
        usesPerGame: games ? round2(uses / games) : 0,
        share: tally.total ? round3(uses / tally.total) : 0,
        gamesShare: games ? round3((tally.games.get(action) ?? 0) / games) : 0,
      };
    }
    return usage;
  }

  /** Each menu action's mean uses in each round, over the games that played that round. */
  private actionUsageByRound(side: Side): Record<string, number[]> {
    const usage: Record<string, number[]> = {};
    for (const action of actionMenus[side]) {
      const sums = this.actionRoundSums[side].get(action) ?? [];
      usage[action] = this.gamesPlayingRound.map((games, i) => round3((sums[i] ?? 0) / games));
    }
    return usage;
  }

  /** Mean compute lead and escalation at the end of each round, over the games that reached it. */
  private trajectory(): RoundPoint[] {
    return this.byRound.map((round, i) => ({
      round: i + 1,
      games: round.games,
      meanComputeLead: round3(round.leadSum / round.games),
      meanEscalation: round3(round.escalationSum / round.games),
    }));
  }
}
