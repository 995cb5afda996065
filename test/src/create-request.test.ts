import { describe, expect, it } from 'vitest';
import { parseCreateOptions } from '../../server/lobby/create-options.ts';
import {
  botChoices,
  clockChoices,
  createRequest,
  defaultBot,
  tutorialBot,
  tutorialRequest,
} from '../../src/lobby/create-request.ts';

describe('the new-match form', () => {
  it('leaves the rival seat open for a person, with no clock by default', () => {
    expect(createRequest('taiwan-crisis', '0', 'person', 'none')).toEqual({
      numPlayers: 2,
      setupData: { scenarioId: 'taiwan-crisis' },
    });
  });

  it('seats a bot opposite the player and sends the chosen clock', () => {
    expect(createRequest('baseline-2025', '1', defaultBot, '10+5')).toEqual({
      numPlayers: 2,
      setupData: { scenarioId: 'baseline-2025', botSeat: '0', bot: defaultBot },
      clock: { initialSeconds: 600, incrementSeconds: 5 },
    });
  });

  it('offers only bots that can play the rival side, the search bot first', () => {
    const againstChina = botChoices('0').map((bot) => bot.spec);
    expect(againstChina[0]).toBe(defaultBot);
    expect(againstChina).toContain('china-self-reliance');
    expect(againstChina).not.toContain('us-chokehold');
    expect(botChoices('1').map((bot) => bot.spec)).toContain('us-entity-list');
  });

  it('builds only requests the server accepts', () => {
    for (const seat of ['0', '1'] as const)
      for (const bot of [{ spec: 'person' }, ...botChoices(seat)])
        for (const clock of clockChoices) {
          const request = createRequest('baseline-2025', seat, bot.spec, clock.id);
          expect(parseCreateOptions({ ...request })).toMatchObject({ ok: true });
        }
  });

  it('makes a tutorial a baseline match against a bot, off the public list, that the server accepts', () => {
    for (const seat of ['0', '1'] as const) {
      const request = tutorialRequest(seat);
      expect(request).toEqual({
        numPlayers: 2,
        setupData: { scenarioId: 'baseline-2025', botSeat: seat === '0' ? '1' : '0', bot: tutorialBot },
        unlisted: true,
      });
      expect(botChoices(seat).map((bot) => bot.spec)).toContain(tutorialBot);
      expect(parseCreateOptions({ ...request })).toMatchObject({ ok: true, value: { unlisted: true } });
    }
  });
});
