/** Where the page is: the lobby, a seat in a match (`?match=ID&seat=0|1`) or watching (`?match=ID&watch=1`). */
export type Seat = '0' | '1';

export type Route =
  | { kind: 'lobby' }
  | { kind: 'seat'; matchID: string; seat: Seat }
  | { kind: 'watch'; matchID: string }
  | { kind: 'whatif' };

const matchIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export const isSeat = (value: unknown): value is Seat => value === '0' || value === '1';

export const otherSeat = (seat: Seat): Seat => (seat === '0' ? '1' : '0');

export const seatName = (seat: Seat): string => (seat === '0' ? 'US' : 'China');

/** Reads a location's query string; anything malformed is the lobby. */
export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  // The what-if preview's try-out page (src/classroom/what-if-page.tsx).
  if (params.has('whatif')) return { kind: 'whatif' };
  const matchID = params.get('match');
  if (matchID === null || !matchIdPattern.test(matchID)) return { kind: 'lobby' };
  const seat = params.get('seat');
  if (isSeat(seat)) return { kind: 'seat', matchID, seat };
  return { kind: 'watch', matchID };
}

/** The query string of a route ('' for the lobby). */
export function routeSearch(route: Route): string {
  switch (route.kind) {
    case 'lobby':
      return '';
    case 'seat':
      return `?match=${encodeURIComponent(route.matchID)}&seat=${route.seat}`;
    case 'watch':
      return `?match=${encodeURIComponent(route.matchID)}&watch=1`;
    case 'whatif':
      return '?whatif';
  }
}

/** A full link to a route, e.g. the invite for the other seat. */
export function routeLink(origin: string, route: Route): string {
  return `${origin.replace(/\/$/, '')}/${routeSearch(route)}`;
}
