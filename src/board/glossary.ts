import { frontierClassAnchorYear } from '../../rules/mechanics/scoring.ts';
import type { Parameters } from '../../rules/index.ts';

/**
 * The words on the board, each in a sentence or two, from the rulebook (rules/RULEBOOK.md, its section
 * given) with the numbers read from the match's own parameters.
 */
export interface Term {
  term: string;
  meaning: string;
  section: string;
}

export function glossary(params: Parameters): Term[] {
  const { ecosystem, escalation, scoring, calendar } = params;
  return [
    {
      term: 'Headline',
      meaning:
        'At the start of a round both sides choose a card in secret; both events happen when both have chosen.',
      section: '§2',
    },
    {
      term: 'Event',
      meaning: 'Play your own or a neutral card for what it says; your action round ends.',
      section: '§4',
    },
    {
      term: 'Operations (ops)',
      meaning: `Play any card for its points and spend them on your side's actions. Your rival's card fires its event for your rival first. Unspent points are lost. Each side has ${calendar.actionRoundsPerSide} action rounds a round.`,
      section: '§2, §3',
    },
    {
      term: 'Shelve',
      meaning: 'Once a round, put a card on the discard pile unplayed: no event, no operations.',
      section: '§4',
    },
    {
      term: 'Yield and its cap',
      meaning:
        "The share of a wafer's dies that work. Each fab learns toward a cap set by its node and lithography route; DUV multi-patterning caps lower.",
      section: '§5',
    },
    {
      term: 'DUV tool groups and wear',
      meaning:
        "China's scanners. Each round's work wears them; a group worn to 100% is lost. Servicing clears wear until the servicing ban; then only domestic spares help.",
      section: '§6',
    },
    {
      term: 'HBM',
      meaning:
        'High-bandwidth memory: China needs a set for each chip it packages; the US supply is not binding.',
      section: '§9',
    },
    {
      term: 'Interconnect, cluster and memory efficiency',
      meaning:
        'Large clusters lose efficiency, a weaker interconnect faster; low memory bandwidth wastes compute too.',
      section: '§9',
    },
    {
      term: 'Effective compute',
      meaning:
        'Chips × performance × cluster and memory efficiency × utilisation × algorithmic efficiency; split into training and inference.',
      section: '§9, §10',
    },
    {
      term: 'Library maturity and utilisation',
      meaning: `Immature libraries waste hardware: utilisation runs from ${Math.round(ecosystem.utilisationFloor * 100)}% at maturity 0 to 100% at ${ecosystem.maturityMax}.`,
      section: '§8',
    },
    {
      term: 'Dependency',
      meaning: 'What subsidy money leaves behind: it costs money every round and slows developer growth.',
      section: '§7',
    },
    {
      term: 'Influence',
      meaning: `Adoption abroad: the adoption race scores the side whose influence grew by ${scoring.adoptionRaceMargin} more than its rival's since the last round end.`,
      section: '§14',
    },
    {
      term: 'Export controls and retaliation',
      meaning:
        'The US tightens controls level by level (chips, tools, HBM, servicing, downgraded chips); China answers with minerals, an Nvidia ban, rare earths. Tightening raises escalation.',
      section: '§12',
    },
    {
      term: 'Escalation',
      meaning: `A shared track that cools by ${escalation.coolingPerRound} only after a quiet round (nothing raised it); the side whose move pushes it to ${escalation.limit} loses.`,
      section: '§12',
    },
    {
      term: 'Self-reliance',
      meaning: `China's win, a closed loop held ${scoring.selfRelianceRoundsToHold} round ends in a row: domestic EUV producing, domestic HBM with chips packaged, domestic spares, ${scoring.selfRelianceDevelopersM}M independent developers, library maturity ${scoring.selfRelianceMaturity}, dependency at most ${scoring.selfRelianceMaxDependency}.`,
      section: '§14',
    },
    {
      term: 'Frontier race',
      meaning: `At each round end the ratio of US to Chinese training compute is compared with the last round end's: the side that gained ${Math.round(scoring.frontierOnePointGain * 100)}% of ground scores 1, ${Math.round(scoring.frontierTwoPointGain * 100)}% scores 2. Being ahead scores nothing; growing faster does.`,
      section: '§14',
    },
    {
      term: 'Frontier class',
      meaning: `At each round end China's training compute is set against the year's frontier-class bar (${scoring.frontierClassEflops2025} EFLOPS in ${frontierClassAnchorYear}, ×${scoring.frontierClassGrowthPerYear} a year): at or above it China scores 1, below it the US does. Everything that multiplies China's compute counts, every round.`,
      section: '§14',
    },
    {
      term: 'Chokehold',
      meaning: `The US win: at ${scoring.chokeholdRoundsToHold} round ends in a row China's fabs and tools could make under ${scoring.chokeholdGoodWafersK}k working advanced wafers (wafers it could run × yield), domestic EUV or not (its research alone is no escape).`,
      section: '§14',
    },
  ];
}

/**
 * The industry's words that the essay, the cards and the class use (EUV, CUDA, MoE…): what each is in
 * the world, from the sources in design.md and the rulebook's §18, and where the game models it, with
 * the game's own numbers. The classroom glossary (`?glossary`) shows them with the board's terms.
 */
export function industryTerms(params: Parameters): Term[] {
  const { yieldCap, nodes, research, start, subsidy, memory, controls, efficiency } = params;
  const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;
  const multipliers = Object.values(efficiency.levelMultipliers).map((factor) => `×${factor}`);
  return [
    {
      term: 'EUV (extreme ultraviolet lithography)',
      meaning: `ASML's scanners that print the finest features of a chip in a single exposure, at about $150–250M each; no Chinese fab has been sold one since 2019. In the game the US's leading fabs are EUV lines; China's own EUV is a research track that lands in ${research.domesticEuvEarliestYear} at the earliest.`,
      section: '§6, §13',
    },
    {
      term: 'DUV (deep ultraviolet lithography)',
      meaning:
        'The older generation of scanners, which China still has. At 7nm-class and finer they print a layer only in several exposures (multi-patterning).',
      section: '§6',
    },
    {
      term: 'Multi-patterning',
      meaning: `Printing one layer in several DUV passes: ${nodes.duvPatterningPasses.n7} at 7nm-class, ${nodes.duvPatterningPasses.n5} at 5nm-class in the game. More passes mean lower yields (DUV caps ${percent(yieldCap.duv.n7)} and ${percent(yieldCap.duv.n5)}, against ${percent(yieldCap.euv.n5)} on EUV at 5nm-class) and faster tool wear.`,
      section: '§5, §6',
    },
    {
      term: 'Node (7nm-, 5nm-, 3nm-, 2nm-class)',
      meaning:
        'A generation of chipmaking: each is denser and faster than the last. The names are labels, not measurements.',
      section: '§5',
    },
    {
      term: 'Wafer, die and yield',
      meaning: `A wafer is a 300 mm silicon disc cut into dies, about ${nodes.diesPerWafer.n7} accelerator dies each in the game; the yield is the share of dies that work. TSMC's advanced nodes yield 70–90%, SMIC's DUV 7nm-class about 30–40% (press estimates): a low yield multiplies the cost of every working chip.`,
      section: '§5',
    },
    {
      term: 'Servicing ban',
      meaning: `ASML's licences to service China's scanners lapsed at the end of 2024, so worn tools cannot be repaired with its parts. In the game servicing is banned from export-control level ${controls.servicingBanLevel}, until China's domestic-spares track completes.`,
      section: '§6, §12',
    },
    {
      term: 'HBM',
      meaning: `High-bandwidth memory, stacked beside each accelerator; SK hynix, Samsung and Micron make almost all of it, and US controls cut China off in December 2024. China's chips get ${memory.importedHbmBandwidthTBps} TB/s each against the US's ${memory.usBandwidthTBps}; China starts with a stockpile of ${memory.chinaHbmStockpileKChips}k sets.`,
      section: '§9',
    },
    {
      term: 'NVLink and InfiniBand',
      meaning:
        "Nvidia's links between chips and between servers, which let tens of thousands of GPUs train one model. In the game a side's interconnect level sets how much compute a large cluster keeps.",
      section: '§9',
    },
    {
      term: 'CUDA',
      meaning: `Nvidia's software platform: the libraries and tools nearly every AI lab writes for, ${start.developersM.us}M developers at the start of the game (Nvidia, FY2025). The US's ecosystem: its developers and library maturity (§8).`,
      section: '§8',
    },
    {
      term: 'CANN',
      meaning: `Huawei's software stack for its Ascend chips, with ${start.developersM.china}M developers claimed. Porting work from CUDA to CANN costs time and money; immature libraries waste hardware.`,
      section: '§8',
    },
    {
      term: 'Ascend 910C',
      meaning:
        "Huawei's AI accelerator, made by SMIC on a 7nm-class DUV process: about 780 TFLOPS against the 2,500 of Nvidia's GB200 (SemiAnalysis); yields rose from about 20% to 40% in 2024–25.",
      section: '§5, §18',
    },
    {
      term: 'MoE (mixture of experts)',
      meaning: `A model built of many sub-networks, of which each token uses only a few, so it needs a fraction of the compute per answer. One of DeepSeek's efficiency methods; in the game such methods are algorithmic-efficiency levels, each worth less than the one before (${multipliers.join(', ')}).`,
      section: '§10',
    },
    {
      term: 'MLA (multi-head latent attention)',
      meaning:
        "DeepSeek's way of compressing what a model keeps in memory while it reads, which saves memory bandwidth. Another algorithmic-efficiency level in the game.",
      section: '§10',
    },
    {
      term: 'Quantization',
      meaning:
        'Running a model with numbers stored in fewer bits (8 or 4 instead of 16): less memory and more speed for a small loss of accuracy. An algorithmic-efficiency gain in the game.',
      section: '§10',
    },
    {
      term: 'Export controls (the BIS rules)',
      meaning: `The US Commerce Department's rules on selling chips, tools, HBM and servicing to China: October 2022, October 2023, December 2024, and a licence for the H20 in April 2025. In the game a track from 0 to ${controls.maxLevel}: chips at ${controls.chipExportBanLevel}, tool sales at ${controls.toolSalesBanLevel}, HBM at ${controls.hbmBanLevel}, servicing at ${controls.servicingBanLevel}.`,
      section: '§12',
    },
    {
      term: 'Entity List',
      meaning:
        "The US list of foreign firms that need a licence for any US technology. In the game a listing makes one of China's research tracks slower and dearer; progress already made stays.",
      section: '§13',
    },
    {
      term: 'CHIPS Act and the Big Fund',
      meaning: `America's CHIPS and Science Act ($52.7B, 2022) and China's National IC Investment Fund (phase III ≈ $47.5B, 2024). In the game each side can draw subsidy tranches from a pool ($${subsidy.poolBn.us}Bn US, $${subsidy.poolBn.china}Bn China), and each adds dependency.`,
      section: '§7',
    },
    {
      term: 'EFLOPS',
      meaning:
        'A billion billion (10¹⁸) operations a second: the unit the game counts compute in (dense BF16, the number format AI training mostly uses).',
      section: '§9',
    },
  ];
}

/**
 * The classroom glossary: the industry's words and the board's, in alphabetical order. A word in both
 * lists is one entry: what it is in the world, then how the game plays it.
 */
export function classroomGlossary(params: Parameters): Term[] {
  const board = glossary(params);
  const industry = industryTerms(params);
  const boardByName = new Map(board.map((entry) => [entry.term, entry]));
  const merged = industry.map((entry) => {
    const same = boardByName.get(entry.term);
    return same
      ? { term: entry.term, meaning: `${entry.meaning} In the game: ${same.meaning}`, section: entry.section }
      : entry;
  });
  const industryNames = new Set(industry.map((entry) => entry.term));
  return [...merged, ...board.filter((entry) => !industryNames.has(entry.term))].sort((a, b) =>
    a.term.localeCompare(b.term, 'en'),
  );
}
