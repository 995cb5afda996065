import type { Fab, GameState, RoundFigures, SideState } from './state.ts';

/**
 * A hand-written deep copy for the simulator's hot path (faster than JSON or structuredClone).
 * `params` and the public history are shared: the rules never mutate them after setup.
 */

const cloneFab = (fab: Fab): Fab => ({ ...fab });
const cloneFigures = (figures: RoundFigures): RoundFigures => ({ ...figures });

function cloneSide(side: SideState): SideState {
  return {
    ...side,
    fabs: side.fabs.map(cloneFab),
    toolGroupWear: side.toolGroupWear.slice(),
    researchProgress: { ...side.researchProgress },
    researchDone: { ...side.researchDone },
    researchActionsThisRound: { ...side.researchActionsThisRound },
    last: cloneFigures(side.last),
  };
}

export function cloneState(state: GameState): GameState {
  return {
    ...state,
    rng: [state.rng[0], state.rng[1], state.rng[2], state.rng[3]],
    actionRoundsLeft: { ...state.actionRoundsLeft },
    ops: state.ops ? { ...state.ops } : null,
    deck: state.deck.slice(),
    discard: state.discard.slice(),
    removed: state.removed.slice(),
    hands: { us: state.hands.us.slice(), china: state.hands.china.slice() },
    headlines: { ...state.headlines },
    sides: { us: cloneSide(state.sides.us), china: cloneSide(state.sides.china) },
    history: state.history.slice(),
    log: state.log.slice(),
    result: state.result ? { ...state.result } : null,
  };
}
