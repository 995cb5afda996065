import type { Scenario } from './scenario-types.ts';

/** Scenarios override parameter leaves by dotted path; the defaults in parameters.ts are the 2025 baseline. */
export const scenarioData = [
  {
    id: 'baseline-2025',
    title: 'Baseline 2025',
    summary:
      'The race as it stood at the start of 2025: the US holds the hardware and the software ecosystem, China holds money, power and algorithmic ingenuity, under the full servicing ban.',
    overrides: {},
  },
  {
    id: 'china-euv-2028',
    title: 'Domestic EUV on Schedule',
    summary:
      "China's domestic EUV programme delivers on its most optimistic timetable, with chips possible from 2028. Use it to ask whether lithography alone is enough for self-reliance.",
    overrides: {
      'research.domesticEuvPoints': 6,
      'start.chinaResearchPoints.domesticEuv': 3,
    },
  },
  {
    id: 'servicing-ban-lifted',
    title: 'Servicing Ban Lifted',
    summary:
      "ASML may service China's scanners again, so worn DUV tools can be repaired. Use it to show how much of the US chokehold rests on spare parts and maintenance.",
    overrides: {
      'start.exportControlLevel': 3,
    },
  },
  {
    id: 'taiwan-crisis',
    title: 'Taiwan Crisis',
    summary:
      "The game opens during a crisis in the Taiwan Strait: escalation is already high and Taiwan's leading-edge fabs run below capacity. Every provocative move is a gamble for both sides.",
    overrides: {
      'start.escalation': 3,
      'start.usN5CapacityKWafers': 50,
      'start.usN3CapacityKWafers': 28,
      'start.budgetBn.us': 25,
      'start.budgetBn.china': 30,
    },
  },
  {
    id: 'no-export-controls',
    title: 'No Export Controls (counterfactual)',
    summary:
      'A what-if in which Washington never imposed chip or tool controls and Beijing never retaliated, so China starts with more and better imported accelerators. Compare it with the baseline to see what the controls bought.',
    overrides: {
      'start.exportControlLevel': 0,
      'start.retaliationLevel': 0,
      'start.chipsK.china': 1400,
      'start.chipPerformancePflops.china': 0.8,
    },
  },
  {
    id: 'compressed-2027',
    title: 'Classroom Sprint',
    summary:
      'A short four-round game for one class period, with later cards arriving quickly. The same rules and victory conditions apply.',
    overrides: {
      'calendar.roundCount': 4,
      'calendar.era2StartRound': 2,
      'calendar.era3StartRound': 3,
    },
  },
] as const satisfies readonly Scenario[];
