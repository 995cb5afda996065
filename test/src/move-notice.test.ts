import { describe, expect, it } from 'vitest';
import type { BoardMoment } from '../../src/board/move-notice.ts';
import { boardNotice, noticeStands, refusalNotice } from '../../src/board/move-notice.ts';

const at: BoardMoment = { stateID: 7, credentials: 'old-credentials', paused: false };
const pausedAt: BoardMoment = { ...at, paused: true };
const pauseRefusal = { code: 'paused', message: 'your teacher paused this table' };

describe('the board’s move notice', () => {
  it('words a refusal for a player', () => {
    expect(refusalNotice(pauseRefusal, pausedAt).text).toBe('Move refused: your teacher paused this table.');
    expect(refusalNotice({ code: 'unauthorized', message: 'wrong credentials' }, at).text).toBe(
      'Move refused: this browser no longer holds this seat.',
    );
  });

  it('keeps a pause refusal while the table is paused and drops it once play resumes', () => {
    const notice = refusalNotice(pauseRefusal, pausedAt);
    expect(noticeStands(notice, pausedAt)).toBe(true);
    expect(noticeStands(notice, { ...pausedAt, paused: false })).toBe(false);
  });

  it('keeps other refusals through a pause and its end (they are not about it)', () => {
    const notice = refusalNotice({ code: 'inactivePlayer', message: 'not your turn' }, at);
    expect(noticeStands(notice, at)).toBe(true);
    expect(noticeStands(notice, pausedAt)).toBe(true);
  });

  it.each([
    ['a refusal', refusalNotice({ code: 'invalidMove', message: 'no' }, at)],
    ['a pause refusal', refusalNotice(pauseRefusal, pausedAt)],
    ['an unanswered move', boardNotice('Move refused: the server did not answer.', at)],
  ])('drops %s once the state it refers to has moved on', (_name, notice) => {
    expect(noticeStands(notice, { ...pausedAt, stateID: 8 })).toBe(false);
  });

  it('drops a refusal under old credentials once new ones are in use (the seat was re-issued)', () => {
    const notice = refusalNotice({ code: 'unauthorized', message: 'wrong credentials' }, at);
    expect(noticeStands(notice, at)).toBe(true);
    expect(noticeStands(notice, { ...at, credentials: 'new-credentials' })).toBe(false);
    expect(noticeStands(notice, { ...at, credentials: undefined })).toBe(false);
  });
});
