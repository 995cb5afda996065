/**
 * The calm line while a facilitator has paused the table: nothing is wrong, the board can still be read
 * and the next move planned (a status, not an alert: the class is waiting on purpose).
 */
export function PausedBanner({ seated }: { seated: boolean }) {
  return (
    <div className="banner paused-banner" role="status">
      <strong>Paused by your teacher.</strong>{' '}
      {seated
        ? 'Look at the board and plan your next move: your buttons come back when play resumes.'
        : 'Play goes on when the teacher resumes it.'}
    </div>
  );
}
