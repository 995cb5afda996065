import type { ActionId, CardUse, Move, Node, PlayerView, ResearchTrack, Side } from '../../rules/index.ts';
import {
  actionDefinitions,
  menuOf,
  cardById,
  researchTracks,
  stateFromView,
  whyIllegal,
  whyIllegalFromView,
} from '../../rules/index.ts';
import { buildableNodes } from '../../rules/mechanics/fabs.ts';
import { trackTitle } from '../../rules/mechanics/research.ts';

export const viewerSide = (view: PlayerView): Side | undefined =>
  view.viewer === 'spectator' ? undefined : view.viewer;

/** Why a move is refused now ('' when it is legal): the reason shown on a disabled button. */
export function refusalReason(view: PlayerView, move: Move): string {
  const side = viewerSide(view);
  if (!side || side !== move.side) return 'you are watching';
  return whyIllegalFromView(view, move)?.message ?? '';
}

export interface CardUseHint {
  use: CardUse;
  label: string;
  /** '' when legal. */
  reason: string;
}

const useLabels: Record<CardUse, string> = { event: 'Event', ops: 'Ops', shelve: 'Shelve' };

/** The buttons of one card in the hand during the action phase. */
export function cardUseHints(view: PlayerView, cardId: string): CardUseHint[] {
  const side = viewerSide(view);
  if (!side) return [];
  const state = stateFromView(view, side);
  const card = cardById(cardId);
  return (['event', 'ops', 'shelve'] as const).map((use) => ({
    use,
    label: use === 'ops' ? `Ops ${card.ops}` : useLabels[use],
    reason: whyIllegal(state, { type: 'playCard', side, cardId, use })?.message ?? '',
  }));
}

export interface ActionOption {
  label: string;
  node?: Node;
  track?: ResearchTrack;
  costBn: number;
  /** '' when legal. */
  reason: string;
}

export interface ActionMenuEntry {
  action: ActionId;
  title: string;
  opsCost: number;
  options: ActionOption[];
}

/** The rules' own track names (rules/mechanics/research.ts), capitalised for a label. */
export function researchTrackTitle(track: ResearchTrack): string {
  const title = trackTitle(track);
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The ops menu of the viewer's side: every action on its menu, with node or track choices and costs. */
export function actionMenu(view: PlayerView): ActionMenuEntry[] {
  const side = viewerSide(view);
  if (!side) return [];
  const state = stateFromView(view, side);
  const option = (action: ActionId, label: string, node?: Node, track?: ResearchTrack): ActionOption => {
    const move: Move = { type: 'takeAction', side, action };
    if (node) move.node = node;
    if (track) move.track = track;
    const result: ActionOption = {
      label,
      costBn: actionDefinitions[action].costBn(state, side, move),
      reason: whyIllegal(state, move)?.message ?? '',
    };
    if (node) result.node = node;
    if (track) result.track = track;
    return result;
  };
  return menuOf(side).map((action) => {
    const { title, opsCost } = actionDefinitions[action];
    let options: ActionOption[];
    if (action === 'buildFab') {
      const nodes = buildableNodes(state, side);
      options = nodes.length ? nodes.map((node) => option(action, node, node)) : [option(action, 'no node')];
    } else if (action === 'researchDomestic' || action === 'sanctionEntities') {
      options = researchTracks.map((track) => option(action, researchTrackTitle(track), undefined, track));
    } else {
      options = [option(action, 'Take')];
    }
    return { action, title, opsCost, options };
  });
}
