import { cardsOfEraSection, parseEra } from './tables/cards.ts';
import { actionsTable } from './tables/actions.ts';
import { calibrationTable } from './tables/calibration.ts';
import { clusterTable, efficiencyTable, memoryTable } from './tables/compute.ts';
import { controlsTable, retaliationTable } from './tables/controls.ts';
import { nodesTable, startingFabsTable, yieldCapsTable } from './tables/fabs.ts';
import { researchTable } from './tables/research.ts';
import { scenariosTable } from './tables/scenarios.ts';
import { startTable } from './tables/start.ts';
import { renderTemplate } from './render.ts';
import { readTemplate } from './template.ts';
import { templateValues } from './values.ts';

/**
 * The rulebook (rules/RULEBOOK.md): the template's prose with every number and table filled from the
 * engine's data and functions. Deterministic; its only input besides the engine is the template file.
 */

const blocks: Record<string, () => string> = {
  start: startTable,
  actions: actionsTable,
  nodes: () => nodesTable(),
  yieldCaps: () => yieldCapsTable(),
  startingFabs: startingFabsTable,
  cluster: () => clusterTable(),
  memory: () => memoryTable(),
  efficiency: () => efficiencyTable(),
  controls: controlsTable,
  retaliation: retaliationTable,
  research: researchTable,
  scenarios: scenariosTable,
  calibration: calibrationTable,
};

/** Renders any template against the engine (tests use small ones). */
export function renderRulebook(template: string): string {
  return renderTemplate(template, {
    values: templateValues(),
    blocks,
    cards: (era) => cardsOfEraSection(parseEra(era)),
  });
}

export function generateRulebook(): string {
  return renderRulebook(readTemplate());
}
