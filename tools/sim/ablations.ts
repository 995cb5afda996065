import type { SimOptions } from '../../server/games/game-row.ts';
import type { SimSummary } from './run.ts';
import type { Rate } from './summary.ts';
import { round3 } from './summary.ts';

/**
 * Ablations (issue 16, target 4): the baseline against one what-if per mechanic of the article, every arm
 * on the same game seeds (common random numbers), so a difference in win rate is the mechanic's weight in
 * the game. Each what-if removes or equalises one of the US's or China's constraints.
 */

export interface Ablation {
  mechanic: string;
  /** The what-if in plain words. */
  setting: string;
  overrides: Readonly<Record<string, number>>;
}

export const ablations: readonly Ablation[] = [
  {
    mechanic: 'yields',
    setting: "China's DUV lines yield like TSMC's (caps 80% / 70%, starting at 60% / 50%)",
    overrides: {
      'yieldCap.duv.n7': 0.8,
      'yieldCap.duv.n5': 0.7,
      'start.chinaN7Yield': 0.6,
      'start.chinaN5Yield': 0.5,
    },
  },
  {
    mechanic: 'EUV access',
    setting: 'China has EUV lithography from the start (its domestic track is done in 2025)',
    overrides: { 'start.chinaResearchPoints.domesticEuv': 9, 'research.domesticEuvEarliestYear': 2025 },
  },
  {
    mechanic: 'tool wear and servicing',
    setting: "China's DUV tools never wear",
    overrides: { 'tools.wearPerPassPerRound': 0 },
  },
  {
    mechanic: 'subsidies and dependency',
    setting: 'subsidy money creates no dependency',
    overrides: { 'subsidy.dependencyPerBn': 0 },
  },
  {
    mechanic: 'software ecosystem and porting',
    setting: "China's stack starts as mature as CUDA, with 4M developers",
    overrides: { 'start.maturity.china': 9, 'start.developersM.china': 4 },
  },
  {
    mechanic: 'HBM and memory bandwidth',
    setting: 'China gets HBM as the US does: US-class bandwidth and plentiful supply',
    overrides: { 'memory.importedHbmBandwidthTBps': 8, 'memory.chinaBaseHbmKChipsPerRound': 3000 },
  },
  {
    mechanic: 'interconnect',
    setting: "China's interconnect starts at the US's level",
    overrides: { 'start.interconnectLevel.china': 4 },
  },
  {
    mechanic: 'algorithmic efficiency and open source',
    // Switched off for both sides, as the wear and controls arms switch theirs off: China's head start
    // alone moves the US by half a point, because levels diffuse through open weights (docs/BALANCE.md).
    setting:
      'no algorithmic efficiency for either side: every efficiency level multiplies compute by 1 (open weights still bring developers)',
    overrides: {
      'efficiency.levelMultipliers.level1': 1,
      'efficiency.levelMultipliers.level2': 1,
      'efficiency.levelMultipliers.level3': 1,
      'efficiency.levelMultipliers.level4': 1,
    },
  },
  {
    mechanic: 'export controls',
    setting:
      'no export controls, ever (none at the start and none can be imposed), and no retaliation at the start',
    overrides: { 'start.exportControlLevel': 0, 'controls.maxLevel': 0, 'start.retaliationLevel': 0 },
  },
];

export interface AblationArm {
  mechanic: string;
  setting: string;
  overrides: Record<string, number>;
  usWinRate: Rate;
  /** US win rate of this arm minus the baseline's, in percentage points. */
  delta: number;
  endReasons: SimSummary['endReasons'];
  fingerprint: string;
}

export interface AblationResult {
  gamesPerArm: number;
  baseline: { usWinRate: Rate; endReasons: SimSummary['endReasons']; fingerprint: string };
  ablations: AblationArm[];
}

/** The baseline run first, then one arm per ablation with its overrides over the run's own. */
export function ablationArms(base: SimOptions): SimOptions[] {
  return [
    base,
    ...ablations.map((ablation) => ({
      ...base,
      overrides: { ...(base.overrides ?? {}), ...ablation.overrides },
    })),
  ];
}

/** `summaries`: each arm's summary, in the order of `ablationArms`. */
export function summariseAblations(summaries: readonly SimSummary[]): AblationResult {
  const [baseline, ...rest] = summaries;
  if (!baseline) throw new Error('an ablation run needs its baseline arm');
  return {
    gamesPerArm: baseline.games,
    baseline: {
      usWinRate: baseline.usWinRate,
      endReasons: baseline.endReasons,
      fingerprint: baseline.fingerprint,
    },
    ablations: rest.map((summary, i) => {
      const ablation = ablations[i];
      if (!ablation) throw new Error(`no ablation for arm ${i + 1}`);
      return {
        mechanic: ablation.mechanic,
        setting: ablation.setting,
        overrides: { ...ablation.overrides },
        usWinRate: summary.usWinRate,
        delta: round3((summary.usWinRate.p - baseline.usWinRate.p) * 100),
        endReasons: summary.endReasons,
        fingerprint: summary.fingerprint,
      };
    }),
  };
}
