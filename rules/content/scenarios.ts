import type { Scenario } from './scenario-types.ts';

/** Scenarios override parameter leaves by dotted path; the defaults in parameters.ts are the 2025 baseline. */
export const scenarioData = [
  {
    id: 'baseline-2025',
    counterfactual: false,
    title: 'Baseline 2025',
    summary:
      'The race as it stood at the start of 2025: the US holds the hardware and the software ecosystem, China holds money, power and algorithmic ingenuity, under the full servicing ban.',
    overrides: {},
  },
  {
    id: 'china-euv-2028',
    counterfactual: false,
    title: 'Domestic EUV on Schedule',
    summary:
      "China's domestic EUV programme runs to plan: its track is a point shorter, so the line can land in 2028 even under Entity List pressure. Use it to ask whether lithography alone is enough for self-reliance.",
    overrides: {
      'research.domesticEuvPoints': 6,
    },
  },
  {
    id: 'servicing-ban-lifted',
    counterfactual: false,
    title: 'Servicing Ban Lifted',
    summary:
      "ASML may service China's scanners again, so worn DUV tools can be repaired. Use it to show how much of the US chokehold rests on spare parts and maintenance.",
    overrides: {
      'start.exportControlLevel': 3,
    },
  },
  {
    id: 'taiwan-crisis',
    counterfactual: false,
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
    counterfactual: true,
    title: 'No Export Controls',
    summary:
      'A what-if in which Washington never imposes chip or tool controls and Beijing has nothing to retaliate against: China keeps buying leading accelerators, scanners, HBM and servicing every year. Compare it with the baseline to see what the controls buy.',
    overrides: {
      'start.exportControlLevel': 0,
      'controls.maxLevel': 0,
      'start.retaliationLevel': 0,
    },
  },
  {
    id: 'compressed-2027',
    counterfactual: false,
    title: 'Classroom Sprint',
    summary:
      'A short four-round game for one class period, with later cards arriving quickly. The same rules apply, but four years are too few for China to close the self-reliance loop and the US recovers from China’s early surge by about the fourth year, so the track starts two steps toward China: the game is a race on the compute-lead track.',
    overrides: {
      'calendar.roundCount': 4,
      'calendar.era2StartRound': 2,
      'calendar.era3StartRound': 3,
      // −3 under 2.5.0; at −3 the 2.6.0 China won 70% of 400 mirror games, at −2 58% (docs/BALANCE.md).
      'start.computeLead': -2,
    },
  },
  {
    id: 'controls-2022',
    counterfactual: false,
    title: 'October 2022: Before the Controls',
    summary:
      'The race from 2022, before the first US export controls: China still buys leading accelerators, scanners, HBM and servicing. Every level of control is a live decision for the US, and every one raises escalation.',
    overrides: {
      'calendar.startYear': 2022,
      'start.exportControlLevel': 0,
      'start.retaliationLevel': 0,
      'start.escalation': 0,
      'start.chipsK.us': 2500,
      'start.chipPerformancePflops.us': 0.5,
      'start.chipsK.china': 700,
      'start.chipPerformancePflops.china': 0.4,
      'start.powerGw.us': 8,
      'start.developersM.us': 4,
      'start.developersM.china': 1,
      'start.maturity.china': 3,
      'start.chinaN7Yield': 0.2,
      'start.chinaResearchPoints.domesticEuv': 0,
      // China imports freely until the US controls it: at the baseline's bar its imported fleet scored
      // frontier class every year (US 25.2% of 400 mirror games); 650 evened it under 2.5.0, 750 under
      // 2.6.0, whose China plays the software contests harder (docs/BALANCE.md).
      'scoring.frontierClassEflops2025': 750,
    },
  },
] as const satisfies readonly Scenario[];
