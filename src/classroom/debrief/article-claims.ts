import type { LearningObjective } from '../../../rules/index.ts';

/**
 * The source essay's claims that the game models (rules/RULEBOOK.md §1 maps each to its rule), each
 * with the essay's own words, so a debrief prompt can put a table's figures next to the claim.
 */

export const articleClaimIds = [
  'diminishingReturns',
  'yieldEconomics',
  'noEuv',
  'toolWear',
  'subsidyDependency',
  'cudaMoat',
  'interconnectWall',
  'openSourceParadox',
  'captiveMarket',
] as const;
export type ArticleClaimId = (typeof articleClaimIds)[number];

export interface ArticleClaim {
  id: ArticleClaimId;
  /** The claim in a few plain words. */
  claim: string;
  /** The essay's words, quoted exactly. */
  quote: string;
  objective: LearningObjective;
  /** Where the rulebook models it. */
  section: string;
}

export const articleClaims: readonly ArticleClaim[] = [
  {
    id: 'diminishingReturns',
    claim: 'Clever software stretches weak hardware, with diminishing returns',
    quote: 'But optimization has diminishing returns.',
    objective: 'efficiency',
    section: '§10',
  },
  {
    id: 'yieldEconomics',
    claim: 'Low yields make every working chip expensive',
    quote: 'When your yield is low, the cost per working die skyrockets.',
    objective: 'yields',
    section: '§5',
  },
  {
    id: 'noEuv',
    claim: 'Without EUV there are no leading-edge chips at scale',
    quote:
      'China lacks the advanced extreme ultraviolet (EUV) lithography tools required to manufacture sub-5nm chips at scale.',
    objective: 'lithography',
    section: '§6, §13',
  },
  {
    id: 'toolWear',
    claim: 'Multi-patterning wears out tools nobody may service',
    quote: 'Furthermore, multi-patterning wears down DUV lithography machines at an accelerated rate.',
    objective: 'toolWear',
    section: '§6',
  },
  {
    id: 'subsidyDependency',
    claim: 'Subsidies breed dependency, not an ecosystem',
    quote:
      'But subsidies do not create a vibrant, self-sustaining commercial ecosystem. They create dependency.',
    objective: 'subsidies',
    section: '§7',
  },
  {
    id: 'cudaMoat',
    claim: 'The software ecosystem is the real moat',
    quote: 'Nvidia’s real moat is CUDA.',
    objective: 'ecosystem',
    section: '§8',
  },
  {
    id: 'interconnectWall',
    claim: 'Interconnect and memory limit what a big cluster delivers',
    quote:
      'When you string together tens of thousands of Ascend chips, the communication overhead eats a massive chunk of your compute efficiency.',
    objective: 'interconnect',
    section: '§9',
  },
  {
    id: 'openSourceParadox',
    claim: 'Open-sourcing hands the rival the efficiency gain',
    quote:
      'China spent its scarce, subsidized compute resources to optimize an architecture that the rest of the world adopted for free on superior hardware.',
    objective: 'openSource',
    section: '§11',
  },
  {
    id: 'captiveMarket',
    claim: 'A mandated home market is not a competitive victory',
    quote: "Huawei's domestic market share is a captive market, not a competitive victory.",
    objective: 'marketFiat',
    section: '§8',
  },
];

export function articleClaim(id: ArticleClaimId): ArticleClaim {
  const found = articleClaims.find((claim) => claim.id === id);
  if (!found) throw new Error(`unknown claim: ${id}`);
  return found;
}
