// Answers that would close a case or record a parcel are read strictly: a doubt goes to a person.
import { describe, expect, it } from 'vitest';
import { trackingNumberIn, troubleshootingAnswer } from '../../src/chat/parse.ts';

describe('strict readings', () => {
  it.each(['fixed?? no way', 'it works in the other switch', 'it works now but only on port 2', 'is it fixed?'])(
    '"%s" does not close the case as fixed',
    (text) => {
      expect(troubleshootingAnswer(text)).not.toBe('fixed');
    },
  );
  it.each(['fixed', 'it works now', 'all good now, thanks'])('"%s" is fixed', (text) => {
    expect(troubleshootingAnswer(text)).toBe('fixed');
  });
  it.each([
    ['UPS 1Z 999 AA1 01 2345 6784', '1Z999AA10123456784'],
    ['tracking: 1Z 999 AA1 0123 4567 84', '1Z999AA10123456784'],
    ['1Z999AA10123456784', '1Z999AA10123456784'],
  ])('reads the UPS number in "%s"', (text, number) => {
    expect(trackingNumberIn(text)).toBe(number);
  });
});
