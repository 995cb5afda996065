import type { RngState } from '../../../rules/rng.ts';
import { nextFloat, nextInt } from '../../../rules/rng.ts';
import { moveTypes } from '../../../rules/index.ts';

/** What the fuzzer knows of the canary match: its id and seats, never its credentials. */
export interface FuzzTarget {
  matchID: string;
  /** Card ids that exist in the game (the fuzzer plays them from the wrong seat or state). */
  cardIds: readonly string[];
}

/** One Socket.IO emit: an event name and its arguments. */
export type Emit = [string, ...unknown[]];

const pick = <T>(rng: RngState, items: readonly T[]): T => {
  const index = nextInt(rng, items.length);
  if (index >= items.length) throw new Error('pick from an empty list');
  return items[index] as T;
};

const weirdStrings = [
  '',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '0',
  '1',
  '2',
  '-1',
  'null',
  'undefined',
  'NaN',
  '../../etc/passwd',
  "'; DROP TABLE matches; --",
  '\u0000',
  '\ud800',
  '👩‍👩‍👧‍👦'.repeat(40),
  '{"$ref":"$"}',
  '[Circular]',
  'MAKE_MOVE',
  'silicon-curtain',
] as const;

const weirdNumbers = [
  0,
  -0,
  1,
  -1,
  2,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 1,
  NaN,
  Infinity,
];

function randomString(rng: RngState, max: number): string {
  const length = nextInt(rng, max + 1);
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(nextInt(rng, 0x3000));
  return text;
}

/** `{"__proto__": …}` as an own key, the way JSON.parse builds it (an object literal would set the prototype). */
function prototypeKeys(rng: RngState, depth: number): unknown {
  const inner = JSON.stringify(junkValue(rng, depth + 1)) ?? 'null';
  const key = pick(rng, ['__proto__', 'constructor', 'prototype']);
  return JSON.parse(`{"${key}": {"polluted": true, "credentials": "x", "prototype": ${inner}}}`) as unknown;
}

/** Nested arrays/objects `depth` deep (cheap to build, expensive to walk recursively). */
export function deep(levels: number, asObject: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** JSON that looks cyclic: flatted-style references and self-describing `$ref`s. */
function cyclicLooking(rng: RngState): unknown {
  return pick(rng, [
    { $ref: '$' },
    { a: { $ref: '$.a' }, b: ['$', '$.b'] },
    ['1', { self: '0' }],
    JSON.parse('{"a":{"__proto__":{"$ref":"$"}}}') as unknown,
  ]);
}

function binary(rng: RngState): unknown {
  const bytes = new Uint8Array(nextInt(rng, 2048));
  for (let i = 0; i < bytes.length; i++) bytes[i] = nextInt(rng, 256);
  return nextInt(rng, 2) === 0 ? bytes : Buffer.from(bytes);
}

export function junkValue(rng: RngState, depth = 0): unknown {
  const kind = nextInt(rng, depth > 3 ? 8 : 14);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return nextFloat(rng) < 0.5;
    case 3:
      return pick(rng, weirdNumbers);
    case 4:
      return Math.floor(nextFloat(rng) * 2 ** 40) - 2 ** 39;
    case 5:
      return pick(rng, weirdStrings);
    case 6:
      return randomString(rng, 64);
    case 7:
      return nextInt(rng, 4) === 0 ? binary(rng) : randomString(rng, 8);
    case 8:
      return Array.from({ length: nextInt(rng, 6) }, () => junkValue(rng, depth + 1));
    case 9: {
      const record: Record<string, unknown> = {};
      for (let i = nextInt(rng, 6); i > 0; i--) record[pick(rng, weirdStrings)] = junkValue(rng, depth + 1);
      return record;
    }
    case 10:
      return prototypeKeys(rng, depth);
    case 11:
      return cyclicLooking(rng);
    case 12:
      return deep(50 + nextInt(rng, 400), nextInt(rng, 2) === 0);
    default:
      return randomString(rng, 2000);
  }
}

function junkAction(rng: RngState, target: FuzzTarget): unknown {
  const type = pick(rng, [
    'MAKE_MOVE',
    'MAKE_MOVE',
    'MAKE_MOVE',
    'UPDATE',
    'PATCH',
    'RESET',
    'SYNC',
    'UNDO',
    'REDO',
    'PLUGIN',
    'GAME_EVENT',
    '__proto__',
    { toString: 'x', valueOf: 'y' },
  ]);
  const fields: Record<string, unknown> = {};
  for (let i = nextInt(rng, 4); i > 0; i--)
    fields[pick(rng, ['cardId', 'use', 'action', 'node', 'track', 'side', 'type', '__proto__'])] =
      nextInt(rng, 2) === 0 ? pick(rng, target.cardIds) : junkValue(rng, 1);
  const payload: Record<string, unknown> = {
    type: pick(rng, [junkValue(rng, 2), { toString: 'x' }, ...moveTypes]),
    args: pick(rng, [[fields], [fields, fields], fields, junkValue(rng, 1), [], undefined]),
    playerID: pick(rng, ['0', '1', 0, 1, '__proto__', null, undefined]),
    credentials: pick(rng, ['guess', '', null, undefined, { toString: 'x' }, randomString(rng, 40)]),
  };
  const action: Record<string, unknown> = { type, payload };
  if (nextInt(rng, 3) === 0) action.state = junkValue(rng, 1);
  if (nextInt(rng, 5) === 0) return junkValue(rng, 0);
  return action;
}

function matchID(rng: RngState, target: FuzzTarget): unknown {
  return pick(rng, [target.matchID, target.matchID, randomString(rng, 20), 'no-such', junkValue(rng, 2)]);
}

/** Random arguments: 0–7 of them, junk. */
function junkArgs(rng: RngState): unknown[] {
  return Array.from({ length: nextInt(rng, 8) }, () => junkValue(rng, 1));
}

/** One random or malformed message, aimed at the canary match about half the time. */
export function junkEmit(rng: RngState, target: FuzzTarget): Emit {
  const kind = nextInt(rng, 10);
  switch (kind) {
    case 0:
      return [randomString(rng, 12) || 'x', ...junkArgs(rng)];
    case 1:
      return [
        pick(rng, [
          'update',
          'sync',
          'chat',
          'matchData',
          'rejected',
          'connection',
          'ping',
          'error',
          'hasOwnProperty',
        ]),
        ...junkArgs(rng),
      ];
    case 2:
    case 3:
    case 4: {
      const stateID = pick(rng, [0, 1, 2, -1, 1.5, '1', null, NaN, 2 ** 53]);
      const args: unknown[] = [
        junkAction(rng, target),
        stateID,
        matchID(rng, target),
        pick(rng, ['0', '1', 2]),
      ];
      return ['update', ...args.slice(0, nextInt(rng, 3) === 0 ? nextInt(rng, 5) : 4)];
    }
    case 5:
    case 6:
      return [
        'sync',
        matchID(rng, target),
        pick(rng, ['0', '1', null, undefined, '__proto__', junkValue(rng, 2)]),
        pick(rng, ['guess', undefined, junkValue(rng, 2)]),
        pick(rng, [2, 7, -1, 1e9, junkValue(rng, 2)]),
      ];
    case 7:
    case 8:
      return [
        'chat',
        matchID(rng, target),
        nextInt(rng, 2) === 0
          ? { id: randomString(rng, 80), sender: pick(rng, ['0', '1', null]), payload: junkValue(rng, 1) }
          : junkValue(rng, 0),
        pick(rng, ['guess', undefined, junkValue(rng, 2)]),
      ];
    default:
      return [pick(rng, ['update', 'sync', 'chat']), binary(rng), binary(rng), binary(rng)];
  }
}
