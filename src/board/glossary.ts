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
      term: 'Chokehold',
      meaning: `The US win: at a round end China has no domestic EUV and under ${scoring.chokeholdCapacityKWafers}k wafers of advanced capacity.`,
      section: '§14',
    },
  ];
}
