export type PhoneTab = 'play' | 'board' | 'goals' | 'charts' | 'log';

const tabs: { id: PhoneTab; label: string }[] = [
  { id: 'play', label: 'Hand' },
  { id: 'board', label: 'Board' },
  { id: 'goals', label: 'How to win' },
  { id: 'charts', label: 'Charts' },
  { id: 'log', label: 'Log' },
];

interface Props {
  tab: PhoneTab;
  onTab: (tab: PhoneTab) => void;
  /** A seat in a game still running has a hand; a spectator or a finished game has none. */
  playing: boolean;
  /** A finished game's charts are in its summary, above every tab. */
  charts: boolean;
  toMove: boolean;
}

/**
 * On a phone the board is five screens a thumb away (CSS shows this bar only there): the hand and
 * actions never sit below 3,000 pixels of board.
 */
export function PhoneTabs({ tab, onTab, playing, charts, toMove }: Props) {
  return (
    <nav className="phone-tabs" aria-label="Board sections">
      {tabs
        .filter((entry) => (playing || entry.id !== 'play') && (charts || entry.id !== 'charts'))
        .map((entry) => (
          <button
            type="button"
            key={entry.id}
            aria-pressed={tab === entry.id}
            className={entry.id === 'play' && toMove ? 'your-move' : undefined}
            onClick={() => {
              onTab(entry.id);
            }}
          >
            {entry.label}
            {entry.id === 'play' && toMove ? ' •' : ''}
          </button>
        ))}
    </nav>
  );
}
