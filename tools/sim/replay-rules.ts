/**
 * Why `--replay` refuses a game played under other rules, or undefined when it may replay it. A replay
 * re-plays the game from its seed with this checkout's rules: under other rules it would be another game,
 * with nothing to say so. (Stored matches can be migrated; a seed cannot.) Undefined `playedUnder`: the
 * command did not say (a hand-typed replay), which replays under the running rules as before.
 */
export function replayRulesRefusal(
  seed: string,
  playedUnder: string | null,
  running: string,
): string | undefined {
  if (playedUnder === null || playedUnder === running) return undefined;
  return (
    `game ${seed} was played under rules ${playedUnder}; this checkout runs rules ${running}, so its replay ` +
    `here would not be the game that was played. Replay it from the commit in its run's manifest.json ` +
    `(git.commit).`
  );
}
