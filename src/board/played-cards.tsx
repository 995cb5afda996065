import type { PlayerView } from '../../rules/index.ts';
import { cardById } from '../../rules/index.ts';
import { CardFace } from './card-face.tsx';
import { sideShort } from './format.ts';
import { latestPlays } from './played-cards.ts';

/** The card each side played last, face up with its text: the rival's moves are cards, not log lines. */
export function PlayedCards({ view }: { view: PlayerView }) {
  const latest = latestPlays(view.log);
  const shown = (['us', 'china'] as const).flatMap((side) => {
    const played = latest[side];
    return played ? [played] : [];
  });
  if (shown.length === 0) return null;
  return (
    <section className="played" aria-labelledby="played-heading">
      <h2 id="played-heading">Last played</h2>
      <div className="cards">
        {shown.map((played) => (
          <article key={played.side} className={`card owner-${cardById(played.cardId).owner}`}>
            <p className="played-how">
              {sideShort(played.side)}, round {played.round}:{' '}
              {played.how === 'headline' || played.how === 'shelved'
                ? played.how
                : `played for ${played.how}`}
            </p>
            {/* Already played: no warning about what playing it would set off. */}
            <CardFace cardId={played.cardId} viewer={undefined} />
          </article>
        ))}
      </div>
    </section>
  );
}
