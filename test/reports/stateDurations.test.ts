import { describe, expect, it } from 'vitest';
import { formatStateDurations, secondsInStates } from '../../src/reports/stateDurations.ts';

const at = (minutes: number) => new Date(Date.parse('2026-11-20T10:00:00Z') + minutes * 60_000).toISOString();

describe('time in each state', () => {
  it('adds up every visit to a state and runs the current one to now', () => {
    const events = [
      { at: at(0), stateAfter: 'intake' },
      { at: at(10), stateAfter: 'intake' },
      { at: at(30), stateAfter: 'review' },
      { at: at(90), stateAfter: 'intake' }, // info requested
      { at: at(100), stateAfter: 'review' },
      { at: at(160), stateAfter: 'declined' },
    ];
    expect(secondsInStates(events, at(200))).toMatchObject({ intake: 40 * 60, review: 120 * 60, declined: 40 * 60, resolved: 0 });
  });

  it('counts a row dated before the one above it, or a now before the last row, as no time', () => {
    const events = [
      { at: at(10), stateAfter: 'intake' },
      { at: at(5), stateAfter: 'review' },
    ];
    expect(secondsInStates(events, at(0))).toMatchObject({ intake: 0, review: 0 });
    expect(secondsInStates([], at(0))).toMatchObject({ intake: 0 });
    expect(() => secondsInStates([], 'yesterday')).toThrow(/not an instant/);
  });

  it('words the durations for cases show, biggest two units, states never entered left out', () => {
    expect(formatStateDurations({ intake: 1_800, troubleshooting: 0, review: 93_784, resolved: 45 })).toBe(
      'intake 30m, review 1d 2h, resolved 45s',
    );
    expect(formatStateDurations({ intake: 0 })).toBe('-');
  });
});
