/**
 * Whether the replay ends where the game did: the fingerprint of its final state (rules/fingerprint.ts)
 * beside the one its source recorded (the server's stored final state, the lab's row).
 */
export function ReplayCheck({
  actual,
  expected,
  complete,
}: {
  actual: string;
  expected: { fingerprint: string; what: string } | undefined;
  complete: boolean;
}) {
  if (!expected || !complete)
    return (
      <p className="replay-check quiet">
        Final state fingerprint <code>{actual}</code>
      </p>
    );
  if (expected.fingerprint === actual)
    return (
      <p className="replay-check replay-check-ok">
        <span aria-hidden="true">✓</span> The replay ends on {expected.what}: fingerprint{' '}
        <code>{actual}</code>.
      </p>
    );
  return (
    <div className="banner notice replay-check" role="alert">
      The replay ends on fingerprint <code>{actual}</code>, not on {expected.what} (
      <code>{expected.fingerprint}</code>): it is not the game as it was played.
    </div>
  );
}
