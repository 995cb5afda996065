import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  overridesFromFields,
  scenarioValue,
  whatIfParameters,
} from '../../src/classroom/what-if-parameters.ts';
import {
  WhatIfPreview,
  WhatIfPreviewView,
  formatShare,
  headline,
} from '../../src/classroom/what-if-preview.tsx';
import { result } from './what-if-fixtures.ts';

/** What the what-if preview shows in each state (issue 13), rendered in node. */

const noRetry = (): void => undefined;
const changed = result(0.02, { 'yieldCap.duv.n7': 0.8 }, 0.07);

/** Text as a reader gets it: tags dropped, React's text separators and entities undone. */
const text = (html: string): string =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('the what-if preview', () => {
  it('shows the US win share with its interval beside the baseline’s, and how the games ended', () => {
    const html = renderToString(
      <WhatIfPreviewView state={{ kind: 'ready', result: changed }} onRetry={noRetry} />,
    );
    expect(text(html)).toContain('US wins 2% (0–7%) of 300 bot games · baseline 7% (2–12%)');
    expect(html).toContain(
      'aria-label="with the change: games ended by compute lead 20%, self-reliance 40%, final score 40%"',
    );
    expect(html).toContain('aria-label="baseline: games ended by');
    expect(text(html)).toContain('median 8 rounds');
    expect(text(html)).toContain('greedy bots on both sides');
    expect(html).not.toContain('stale');
    expect(html).not.toContain('measuring');
  });

  it('shows one bar and says so when nothing is changed', () => {
    const html = renderToString(
      <WhatIfPreviewView state={{ kind: 'ready', result: result(0.07) }} onRetry={noRetry} />,
    );
    expect(headline(result(0.07))).toBe('US wins 7% (2–12%) of 300 bot games · the scenario as written');
    expect(html.match(/role="img"/g)).toHaveLength(1);
  });

  it('says it is measuring, keeping the last figures in view as out of date', () => {
    const first = renderToString(
      <WhatIfPreviewView state={{ kind: 'measuring', last: undefined }} onRetry={noRetry} />,
    );
    expect(text(first)).toContain('measuring…');
    expect(first).toContain('aria-busy="true"');
    expect(first).not.toContain('US wins');
    const later = renderToString(
      <WhatIfPreviewView state={{ kind: 'measuring', last: changed }} onRetry={noRetry} />,
    );
    expect(later).toContain('what-if-figures stale');
    expect(text(later)).toContain('US wins 2%');
  });

  it('puts a refusal in words with a way to try again', () => {
    const html = renderToString(
      <WhatIfPreviewView
        state={{
          kind: 'failed',
          message: 'the what-if preview is measuring other settings just now',
          last: undefined,
        }}
        onRetry={noRetry}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(text(html)).toContain(
      'Could not measure these settings: the what-if preview is measuring other settings just now.',
    );
    expect(text(html)).toContain('Try again');
  });

  it('renders on the server as measuring, before any request is made', () => {
    let calls = 0;
    const stub: typeof fetch = () => {
      calls++;
      return Promise.reject(new Error('not in a render'));
    };
    const html = renderToString(<WhatIfPreview scenarioId="baseline-2025" overrides={{}} fetch={stub} />);
    expect(text(html)).toContain('measuring…');
    expect(calls).toBe(0);
  });

  it.each([
    [0, '0%'],
    [0.004, '<1%'],
    [0.476, '48%'],
    [0.996, '>99%'],
    [1, '100%'],
  ])('writes the share %s as %s', (share, written) => {
    expect(formatShare(share)).toBe(written);
  });
});

describe('the try-out page’s fields', () => {
  it('ask only for what differs from the scenario, and name what is not a number', () => {
    const { overrides, invalid } = overridesFromFields('baseline-2025', {
      'yieldCap.duv.n7': '0.8',
      'research.domesticEuvEarliestYear': '2028',
      'start.exportControlLevel': '',
      'controls.maxLevel': 'five',
    });
    expect(overrides).toEqual({ 'yieldCap.duv.n7': 0.8 });
    expect(invalid).toEqual(['controls.maxLevel']);
    // servicing-ban-lifted starts at control level 3: the baseline's 4 is a change there.
    expect(
      overridesFromFields('servicing-ban-lifted', { 'start.exportControlLevel': '4' }).overrides,
    ).toEqual({
      'start.exportControlLevel': 4,
    });
  });

  it.each(whatIfParameters.map((parameter) => [parameter.path, parameter]))(
    'offer %s, a parameter of the rules whose baseline value lies in the field’s range',
    (_, parameter) => {
      const value = scenarioValue('baseline-2025', parameter.path);
      expect(value).toBeTypeOf('number');
      expect(value).toBeGreaterThanOrEqual(parameter.min);
      expect(value).toBeLessThanOrEqual(parameter.max);
    },
  );
});
