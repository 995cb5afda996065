import type { Side } from '../../rules/index.ts';
import type { SessionOverview } from './api.ts';

const sideLabels: Record<Side, string> = { us: 'US', china: 'China' };

/** The select's value of a seat: `3:us`, or '' for not seated. */
export const seatValue = (seat: { table: number; side: Side } | null): string =>
  seat ? `${seat.table}:${seat.side}` : '';

export function parseSeatValue(value: string): { table: number; side: Side } | null {
  const match = /^(\d+):(us|china)$/.exec(value);
  if (!match) return null;
  return { table: Number(match[1]), side: match[2] === 'us' ? 'us' : 'china' };
}

/** The seats a student may be given: every side of every table the bot does not play. */
export function seatChoices(overview: SessionOverview): { value: string; label: string }[] {
  return overview.tables.flatMap((table) =>
    (['us', 'china'] as const)
      .filter((side) => table.sides[side].bot === null)
      .map((side) => ({
        value: `${table.table}:${side}`,
        label: `Table ${table.table} — ${sideLabels[side]}`,
      })),
  );
}

/** Who has joined, where each sits, and the draw: unseated students first. */
export function SeatingPanel({
  overview,
  busy,
  onDraw,
  onSeat,
}: {
  overview: SessionOverview;
  busy: boolean;
  onDraw: () => void;
  onSeat: (studentId: string, seat: { table: number; side: Side } | null) => void;
}) {
  const unseated = overview.students.filter((student) => student.seat === null).length;
  const students = [...overview.students].sort(
    (a, b) => Number(a.seat !== null) - Number(b.seat !== null) || a.name.localeCompare(b.name),
  );
  const choices = seatChoices(overview);
  return (
    <section className="panel seating">
      <h2>
        Students{' '}
        <span className="quiet">
          ({overview.students.length} joined, {unseated} not seated)
        </span>
      </h2>
      <button type="button" disabled={busy || unseated === 0} onClick={onDraw}>
        {unseated === 0 ? 'Everyone is seated' : `Draw seats for the ${unseated} not seated`}
      </button>
      {students.length === 0 ? (
        <p className="quiet">Nobody has joined yet: show the code on the projector.</p>
      ) : (
        <ul className="student-list">
          {students.map((student) => (
            <li key={student.studentId}>
              <span
                className={student.online ? 'presence on' : 'presence off'}
                title={student.online ? 'online' : 'away'}
              >
                {student.online ? '●' : '○'}
              </span>
              <label className="student-seat">
                <span>{student.name}</span>
                <select
                  value={seatValue(student.seat)}
                  disabled={busy}
                  onChange={(event) => {
                    onSeat(student.studentId, parseSeatValue(event.target.value));
                  }}
                >
                  <option value="">not seated</option>
                  {choices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
