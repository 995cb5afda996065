import { randomBytes } from 'node:crypto';
import type { Side } from '../../rules/index.ts';
import { playerIdBySide } from '../../rules/index.ts';
import { hashSecret, secretMatchesHash } from '../authority/credentials.ts';
import { isMatchID } from '../authority/ids.ts';
import type { ClassroomDeps } from './classroom-deps.ts';
import { bearerToken } from './facilitator-api.ts';
import { normaliseJoinCode } from './join-code.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused, succeed } from '../boundary/rejection.ts';
import { parseJoin, parseProposal, parseRematch } from './requests.ts';
import type { SessionDoc, StudentRecord } from './session-doc.ts';
import { maxProposalsPerSide, maxStudents, studentOf, studentsAt, tableOf } from './session-doc.ts';
import { seatCredentials } from './seat-metadata.ts';
import type { NextGame } from './table-rematch.ts';
import { rematchTable } from './table-rematch.ts';

/** A join code opens its class for this long after creation (a lesson, or a unit of a few lessons). */
export const joinableForDays = 7;

export interface Joined {
  studentId: string;
  studentToken: string;
}

export interface Assignment {
  table: number;
  side: Side;
  matchID: string;
  playerID: '0' | '1';
  credentials: string;
}

export interface Me {
  sessionTitle: string;
  name: string;
  assignment: Assignment | null;
  teammates: string[];
}

export interface TeamProposal {
  name: string;
  text: string;
  at: string;
}

/** A student token names its session and student, then the secret: `<sessionId>.<studentId>.<secret>`. */
function parseStudentToken(token: string | undefined): { sessionId: string; studentId: string } | undefined {
  const parts = token?.split('.');
  if (parts?.length !== 3) return undefined;
  const [sessionId, studentId, secret] = parts;
  if (!isMatchID(sessionId) || !isMatchID(studentId) || !isMatchID(secret)) return undefined;
  return { sessionId, studentId };
}

const sameName = (a: string, b: string): boolean =>
  a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * The students' side of the classroom API: join with the class's code and a name, then ask what they
 * are (`me`: the seat and its shared credentials once seated, teammates; a pause reaches the board through
 * its socket, not here) and share proposals
 * with their side's team. A student token opens that student's own view and nothing else.
 */
export class StudentApi {
  constructor(private readonly deps: ClassroomDeps) {}

  /** `POST /classroom/api/join`: wrong codes spend the address's budget, the class's own code never does. */
  async join(body: unknown, address: string): Promise<Outcome<Joined>> {
    const request = parseJoin(body);
    if (!request.ok) return request;
    const code = normaliseJoinCode(request.value.code);
    const wrongCode = refused<Joined>('wrongCode', 'no class has this code: check it with your teacher');
    if (code === undefined) return wrongCode;
    const { joinGuard } = this.deps;
    if (!joinGuard.mayTry(address, code))
      return refused('rateLimited', 'too many wrong codes from this network: wait a minute, then try again');
    const found = await this.deps.docs.store.sessionByJoinCode(code);
    if (!found || this.deps.now() - found.createdAt > joinableForDays * 86_400_000) {
      joinGuard.missed(address);
      return wrongCode;
    }
    joinGuard.joined(address, code);
    const secret = randomBytes(24).toString('base64url');
    const studentId = randomBytes(9).toString('base64url');
    const name = request.value.name;
    const joined = await this.deps.docs.change(found.sessionId, (doc) => {
      if (doc.students.some((student) => sameName(student.name, name)))
        return refused<Joined>('nameTaken', 'someone in this class already has that name: add an initial');
      if (doc.students.length >= maxStudents)
        return refused<Joined>('classFull', `this class is full (${maxStudents} students)`);
      doc.students.push({
        id: studentId,
        name,
        tokenHash: hashSecret(secret),
        joinedAt: this.deps.now(),
        seat: null,
      });
      return succeed({ studentId, studentToken: `${found.sessionId}.${studentId}.${secret}` });
    });
    if (joined.ok) this.deps.students.seen(studentId);
    return joined;
  }

  private async authorize(
    authorization: string | undefined,
  ): Promise<Outcome<{ doc: SessionDoc; student: StudentRecord }>> {
    const token = bearerToken(authorization);
    const named = parseStudentToken(token);
    if (!named || token === undefined)
      return refused('unauthorized', 'this needs your student token (join the class first)');
    const stored = await this.deps.docs.read(named.sessionId);
    const student = stored ? studentOf(stored.doc, named.studentId) : undefined;
    const secret = token.slice(token.lastIndexOf('.') + 1);
    if (!stored || !student || !secretMatchesHash(secret, student.tokenHash))
      return refused('unauthorized', 'this student token is not valid: join the class again');
    this.deps.students.seen(student.id);
    return succeed({ doc: stored.doc, student });
  }

  /** `GET /classroom/api/me`. */
  async me(authorization: string | undefined): Promise<Outcome<Me>> {
    const authorized = await this.authorize(authorization);
    if (!authorized.ok) return authorized;
    const { doc, student } = authorized.value;
    const seat = student.seat;
    const table = seat ? tableOf(doc, seat.table) : undefined;
    let assignment: Assignment | null = null;
    if (seat && table) {
      const playerID = playerIdBySide[seat.side];
      const credentials = await seatCredentials(this.deps.matches, table.matchID, playerID);
      if (credentials !== undefined)
        assignment = { table: seat.table, side: seat.side, matchID: table.matchID, playerID, credentials };
    }
    return succeed({
      sessionTitle: doc.title,
      name: student.name,
      assignment,
      teammates: seat
        ? studentsAt(doc, seat.table, seat.side)
            .filter((mate) => mate.id !== student.id)
            .map((mate) => mate.name)
        : [],
    });
  }

  /** `POST /classroom/api/me/proposals`: a suggestion to the student's side of their table. */
  async propose(
    authorization: string | undefined,
    body: unknown,
  ): Promise<Outcome<{ proposals: TeamProposal[] }>> {
    const authorized = await this.authorize(authorization);
    if (!authorized.ok) return authorized;
    const request = parseProposal(body);
    if (!request.ok) return request;
    const { doc, student } = authorized.value;
    const changed = await this.deps.docs.change(doc.id, (fresh) => {
      const seat = studentOf(fresh, student.id)?.seat;
      if (!seat) return refused<SessionDoc>('notSeated', 'you are not at a table yet');
      const sideCount = fresh.proposals.filter((p) => p.table === seat.table && p.side === seat.side).length;
      if (sideCount >= maxProposalsPerSide)
        return refused<SessionDoc>('tooManyProposals', `your team has made ${maxProposalsPerSide} proposals`);
      fresh.proposals.push({
        studentId: student.id,
        table: seat.table,
        side: seat.side,
        text: request.value.text,
        at: this.deps.now(),
      });
      return succeed(fresh);
    });
    if (!changed.ok) return changed;
    return succeed({ proposals: teamProposals(changed.value, student.id) });
  }

  /** `POST /classroom/api/me/rematch` `{matchID}`: the next game at the student's table (table-rematch.ts). */
  async rematch(authorization: string | undefined, body: unknown): Promise<Outcome<NextGame>> {
    const authorized = await this.authorize(authorization);
    if (!authorized.ok) return authorized;
    const request = parseRematch(body);
    if (!request.ok) return request;
    const { doc, student } = authorized.value;
    if (!student.seat) return refused('notSeated', 'you are not at a table yet');
    return rematchTable(this.deps, doc, student.seat.table, request.value.matchID);
  }

  /** `GET /classroom/api/me/proposals`: the team's list, who suggested what, oldest first. */
  async proposals(authorization: string | undefined): Promise<Outcome<{ proposals: TeamProposal[] }>> {
    const authorized = await this.authorize(authorization);
    if (!authorized.ok) return authorized;
    return succeed({ proposals: teamProposals(authorized.value.doc, authorized.value.student.id) });
  }
}

/** The proposals made at the student's current side of their table (none when unseated). */
function teamProposals(doc: SessionDoc, studentId: string): TeamProposal[] {
  const seat = studentOf(doc, studentId)?.seat;
  if (!seat) return [];
  const names = new Map(doc.students.map((student) => [student.id, student.name]));
  return doc.proposals
    .filter((proposal) => proposal.table === seat.table && proposal.side === seat.side)
    .map((proposal) => ({
      name: names.get(proposal.studentId) ?? 'someone',
      text: proposal.text,
      at: new Date(proposal.at).toISOString(),
    }));
}
