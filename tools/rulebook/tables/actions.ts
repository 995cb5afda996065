import type { ActionId, GameState, Side } from '../../../rules/index.ts';
import { actionDefinitions, actionIds, researchTracks } from '../../../rules/index.ts';
import { buildableNodes } from '../../../rules/mechanics/fabs.ts';
import { trackTitle } from '../../../rules/mechanics/research.ts';
import { actionText } from '../action-text.ts';
import { baselineGame } from '../baseline.ts';
import { nodeLabel, sideLabel } from '../labels.ts';
import { billions, table } from '../markdown.ts';

/** §3: both action menus, with each action's cost at the start of the baseline. */

function costAtStart(state: GameState, action: ActionId, side: Side): string {
  const definition = actionDefinitions[action];
  if (action === 'buildFab')
    return buildableNodes(state, side)
      .map((node) => `${nodeLabel[node]} ${billions(definition.costBn(state, side, { action, node }))}`)
      .join(', ');
  if (action === 'researchDomestic' || action === 'sanctionEntities') {
    const each = researchTracks.map((track) => billions(definition.costBn(state, side, { action, track })));
    return each.every((cost) => cost === each[0])
      ? (each[0] ?? '')
      : researchTracks.map((track, i) => `${trackTitle(track)} ${each[i] ?? ''}`).join(', ');
  }
  return billions(definition.costBn(state, side, { action }));
}

function costs(state: GameState, action: ActionId): string {
  const sides = actionDefinitions[action].sides;
  const each = sides.map((side) => ({ side, cost: costAtStart(state, action, side) }));
  const first = each[0];
  if (first && each.every(({ cost }) => cost === first.cost)) return first.cost;
  return each.map(({ side, cost }) => `${sideLabel[side]}: ${cost}`).join('; ');
}

function who(sides: readonly Side[]): string {
  return sides.length === 2 ? 'Both' : sides.map((side) => sideLabel[side]).join(', ');
}

export function actionsTable(): string {
  const state = baselineGame();
  const rows = actionIds.map((action) => {
    const definition = actionDefinitions[action];
    return [
      definition.title,
      who(definition.sides),
      String(definition.opsCost),
      costs(state, action),
      actionText[action].does,
      actionText[action].unavailable,
    ];
  });
  return table(['Action', 'Who', 'Ops', '$Bn at the start', 'What it does', 'Unavailable when'], rows);
}
