import { describe, expect, it } from 'vitest';
import { counted, pluralWord } from '../../src/chat/plural.ts';

describe('counted', () => {
  it('is singular for exactly one and plural otherwise, zero included', () => {
    expect(counted(1, 'day')).toBe('1 day');
    expect(counted(5, 'day')).toBe('5 days');
    expect(counted(0, 'day')).toBe('0 days');
    expect(counted(1.5, 'day')).toBe('1.5 days');
  });

  it('pluralises the last word of a phrase and takes irregular plurals', () => {
    expect(counted(1, 'business day')).toBe('1 business day');
    expect(counted(3, 'business day')).toBe('3 business days');
    expect(counted(2, 'item', 'items')).toBe('2 items');
    expect(counted(1, 'case', 'cases')).toBe('1 case');
    expect(counted(4, 'box', 'boxes')).toBe('4 boxes');
    expect(counted(2, 'chassis', 'chassis')).toBe('2 chassis');
  });

  it('groups thousands the en-US way', () => {
    expect(counted(1500, 'char')).toBe('1,500 chars');
  });
});

describe('pluralWord', () => {
  it('gives the word alone', () => {
    expect(pluralWord(1, 'case')).toBe('case');
    expect(pluralWord(2, 'case')).toBe('cases');
    expect(pluralWord(2, 'person', 'people')).toBe('people');
  });
});
