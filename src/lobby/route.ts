/**
 * Where the page is: the lobby, a seat in a match (`?match=ID&seat=0|1`, with the tutorial's coach
 * `&tutorial`), watching (`?match=ID&watch=1`),
 * the replay of a finished match (`?replay=ID`) or of a balance-lab game (`?replay`), or a classroom page: a facilitator's new class (`?class`) or dashboard (`?class=ID`, its key in the
 * fragment or this browser's storage), a student joining (`?join`, `?join=CODE`).
 */
export type Seat = '0' | '1';

export type Route =
  | { kind: 'lobby' }
  | { kind: 'seat'; matchID: string; seat: Seat; tutorial?: true }
  | { kind: 'watch'; matchID: string }
  | { kind: 'replay'; matchID?: string }
  | { kind: 'whatif' }
  | { kind: 'classCreate' }
  | { kind: 'classDashboard'; sessionId: string }
  | { kind: 'classJoin'; code?: string };

const matchIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export const isSeat = (value: unknown): value is Seat => value === '0' || value === '1';

export const otherSeat = (seat: Seat): Seat => (seat === '0' ? '1' : '0');

export const seatName = (seat: Seat): string => (seat === '0' ? 'US' : 'China');

/** Reads a location's query string; anything malformed is the lobby. */
export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  // The what-if preview's try-out page (src/classroom/what-if-page.tsx).
  if (params.has('whatif')) return { kind: 'whatif' };
  const replay = params.get('replay');
  if (replay === '') return { kind: 'replay' };
  if (replay !== null)
    return matchIdPattern.test(replay) ? { kind: 'replay', matchID: replay } : { kind: 'lobby' };
  const matchID = params.get('match');
  if (matchID === null || !matchIdPattern.test(matchID)) return classroomRoute(params) ?? { kind: 'lobby' };
  const seat = params.get('seat');
  if (isSeat(seat))
    return params.has('tutorial')
      ? { kind: 'seat', matchID, seat, tutorial: true }
      : { kind: 'seat', matchID, seat };
  return { kind: 'watch', matchID };
}

const joinCodePattern = /^[A-Za-z0-9 -]{1,16}$/;

function classroomRoute(params: URLSearchParams): Route | undefined {
  const sessionId = params.get('class');
  if (sessionId === '') return { kind: 'classCreate' };
  if (sessionId !== null)
    return matchIdPattern.test(sessionId) ? { kind: 'classDashboard', sessionId } : undefined;
  const code = params.get('join');
  if (code === null) return undefined;
  return code !== '' && joinCodePattern.test(code) ? { kind: 'classJoin', code } : { kind: 'classJoin' };
}

/** The query string of a route ('' for the lobby). */
export function routeSearch(route: Route): string {
  switch (route.kind) {
    case 'lobby':
      return '';
    case 'seat':
      return `?match=${encodeURIComponent(route.matchID)}&seat=${route.seat}${route.tutorial ? '&tutorial' : ''}`;
    case 'watch':
      return `?match=${encodeURIComponent(route.matchID)}&watch=1`;
    case 'replay':
      return route.matchID === undefined ? '?replay' : `?replay=${encodeURIComponent(route.matchID)}`;
    case 'whatif':
      return '?whatif';
    case 'classCreate':
      return '?class';
    case 'classDashboard':
      return `?class=${encodeURIComponent(route.sessionId)}`;
    case 'classJoin':
      return route.code === undefined ? '?join' : `?join=${encodeURIComponent(route.code)}`;
  }
}

/** A full link to a route, e.g. the invite for the other seat. */
export function routeLink(origin: string, route: Route): string {
  return `${origin.replace(/\/$/, '')}/${routeSearch(route)}`;
}
