import { describe, expect, it } from 'vitest';
import { parseClientMove } from '../../../server/authority/client-action.ts';
import type { RejectionCode } from '../../../server/boundary/rejection.ts';
import { chatParser } from '../../../server/transport/chat.ts';

/** What a socket may send (an `update`'s action, a `chat`), each malformed one refused with its code and words. */

type Row = [string, unknown, RejectionCode, string];

const endTurn = { type: 'endTurn', args: [], playerID: '0', credentials: 'secret' };
const action = (payload: unknown, type: unknown = 'MAKE_MOVE') => ({ type, payload });

describe("a socket's move", () => {
  it.each<Row>([
    ['a string', 'x', 'malformedMessage', 'an action is an object'],
    ['a list', [], 'malformedMessage', 'an action is an object'],
    [
      'an UPDATE',
      action(endTurn, 'UPDATE'),
      'forbiddenAction',
      'type: action type UPDATE is not accepted from clients',
    ],
    [
      'a GAME_EVENT',
      action(endTurn, 'GAME_EVENT'),
      'forbiddenAction',
      'type: action type GAME_EVENT is not accepted from clients',
    ],
    [
      'no type',
      { payload: endTurn },
      'forbiddenAction',
      'type: action type undefined is not accepted from clients',
    ],
    [
      'a type that is a number',
      action(endTurn, 7),
      'forbiddenAction',
      'type: action type number is not accepted from clients',
    ],
    ['no payload', { type: 'MAKE_MOVE' }, 'malformedMessage', 'payload: the action has no payload'],
    ['a payload that is text', action('endTurn'), 'malformedMessage', 'payload: the action has no payload'],
    [
      'an unknown move',
      action({ ...endTurn, type: 'buildFab' }),
      'malformedMessage',
      'payload.type: unknown move: buildFab',
    ],
    [
      'an oversized move name (cut in the message)',
      action({ ...endTurn, type: 'x'.repeat(5000) }),
      'malformedMessage',
      `payload.type: unknown move: ${'x'.repeat(40)}…`,
    ],
    [
      'seat "2"',
      action({ ...endTurn, playerID: '2' }),
      'seatMismatch',
      'payload.playerID: the move names no valid seat',
    ],
    [
      'seat 0 as a number',
      action({ ...endTurn, playerID: 0 }),
      'seatMismatch',
      'payload.playerID: the move names no valid seat',
    ],
    [
      'seat "__proto__"',
      action({ ...endTurn, playerID: '__proto__' }),
      'seatMismatch',
      'payload.playerID: the move names no valid seat',
    ],
    [
      'no seat',
      action({ type: 'endTurn', args: [] }),
      'seatMismatch',
      'payload.playerID: the move names no valid seat',
    ],
    [
      'arguments that are an object',
      action({ ...endTurn, args: { cardId: 'x' } }),
      'malformedMessage',
      'payload.args: move arguments are a list',
    ],
    [
      'two arguments',
      action({ ...endTurn, args: [{}, {}] }),
      'malformedMessage',
      'payload.args: a move takes at most one argument',
    ],
    [
      'an argument that is text',
      action({ ...endTurn, args: ['x'] }),
      'malformedMessage',
      'payload.args.0: move arguments are an object',
    ],
    [
      'an argument that is null',
      action({ ...endTurn, args: [null] }),
      'malformedMessage',
      'payload.args.0: move arguments are an object',
    ],
  ])('refuses %s', (_, input, code, message) => {
    expect(parseClientMove(input)).toEqual({ ok: false, rejection: { code, message } });
  });

  it('takes a move with its fields as sent (the kernel parses them), extra keys left behind', () => {
    const fields = { cardId: 'export-controls', use: 'ops', unexpected: 1 };
    const parsed = parseClientMove({
      type: 'MAKE_MOVE',
      payload: { type: 'playCard', args: [fields], playerID: '1', credentials: 'secret', extra: true },
      extra: true,
    });
    expect(parsed).toEqual({
      ok: true,
      value: { moveType: 'playCard', fields, payloadSeat: '1', credentials: 'secret' },
    });
    expect(parsed.ok && parsed.value.fields).toBe(fields);
  });

  it('takes no arguments (none, null or an empty list) as no fields, and no credentials as none', () => {
    for (const args of [undefined, null, []]) {
      expect(parseClientMove(action({ type: 'endTurn', args, playerID: '0' }))).toEqual({
        ok: true,
        value: { moveType: 'endTurn', fields: {}, payloadSeat: '0' },
      });
    }
  });
});

describe("a socket's chat", () => {
  const parseChat = chatParser(10);
  const shape = 'a chat message is { id, sender, payload: string }';

  it.each<Row>([
    ['text', 'hello', 'malformedMessage', shape],
    ['no id', { sender: '0', payload: 'hi' }, 'malformedMessage', `id: ${shape}`],
    [
      'a payload that is a number',
      { id: 'a', sender: '0', payload: 3 },
      'malformedMessage',
      `payload: ${shape}`,
    ],
    [
      'an oversized id',
      { id: 'x'.repeat(65), sender: '0', payload: 'hi' },
      'malformedMessage',
      'id: chat id too long',
    ],
    [
      'a sender that is no seat',
      { id: 'a', sender: '__proto__', payload: 'hi' },
      'seatMismatch',
      'sender: you can only chat as yourself',
    ],
    [
      'an oversized text',
      { id: 'a', sender: '0', payload: 'x'.repeat(11) },
      'chatTooLong',
      'payload: chat messages are limited to 10 characters',
    ],
  ])('refuses %s', (_, input, code, message) => {
    expect(parseChat(input)).toEqual({ ok: false, rejection: { code, message } });
  });

  it('counts what a reader sees, not code units, and leaves extra keys behind', () => {
    expect(parseChat({ id: 'a', sender: '1', payload: '👍🏽'.repeat(10), extra: 1 })).toEqual({
      ok: true,
      value: { id: 'a', sender: '1', payload: '👍🏽'.repeat(10) },
    });
  });
});
