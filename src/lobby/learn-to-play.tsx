import { createAndJoin } from './create-and-join.ts';
import { tutorialRequest } from './create-request.ts';
import type { Seat } from './route.ts';
import { seatName } from './route.ts';
import { useNavigateAfter } from './use-navigate-after.ts';

/**
 * The newcomer's way in: a match against a bot with a coach that walks through the first round
 * (src/tutorial/). China comes first: it opens the action rounds, so its coach never waits on the bot.
 */
export function LearnToPlay() {
  const { busy, error, run } = useNavigateAfter();
  const learnAs = (seat: Seat): void => {
    run(() => createAndJoin(tutorialRequest(seat), seat, seatName(seat), true));
  };
  return (
    <section className="panel learn" aria-labelledby="learn-heading">
      <div>
        <h2 id="learn-heading">New here? Learn to play</h2>
        <p className="quiet">
          Your first round with a coach beside the board, against a bot: it points at each part of the board
          and waits for your move.
        </p>
      </div>
      <div className="learn-buttons">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            learnAs('1');
          }}
        >
          Learn to play as China
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            learnAs('0');
          }}
        >
          Learn to play as the US
        </button>
        {busy ? <span className="quiet">Opening…</span> : null}
      </div>
      {error ? <p className="error">{error}</p> : null}
    </section>
  );
}
