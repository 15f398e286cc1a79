import { describe, expect, it } from 'vitest';
import { goalProgress, goalTitle, parseGoalInput } from '../../../renderer/src/events/word-goal';

const number = (value: number) => new Intl.NumberFormat().format(value);

describe('goalProgress', () => {
  it('shows the words against the goal while short of it', () => {
    expect(goalProgress(412, 1000)).toEqual({ text: `412 / ${number(1000)}`, reached: false, fraction: 0.412 });
    expect(goalProgress(0, 500)).toMatchObject({ text: '0 / 500', reached: false, fraction: 0 });
  });

  it('says the goal is reached at the goal and past it, never past full', () => {
    expect(goalProgress(1000, 1000)).toEqual({ text: 'Goal reached', reached: true, fraction: 1 });
    expect(goalProgress(2500, 1000)).toEqual({ text: 'Goal reached', reached: true, fraction: 1 });
    expect(goalProgress(999, 1000).reached).toBe(false);
  });

  it('names the goal in words for the tooltip', () => {
    expect(goalTitle(1000)).toBe(`Daily word goal: ${number(1000)} words`);
    expect(goalTitle(1)).toBe('Daily word goal: 1 word');
  });
});

describe('parseGoalInput', () => {
  it('reads empty as no goal', () => {
    expect(parseGoalInput('')).toEqual({ goal: null });
    expect(parseGoalInput('   ')).toEqual({ goal: null });
  });

  it('reads whole numbers, with or without thousands separators', () => {
    expect(parseGoalInput(' 500 ')).toEqual({ goal: 500 });
    expect(parseGoalInput('1,000')).toEqual({ goal: 1000 });
    expect(parseGoalInput('12 500')).toEqual({ goal: 12500 });
    expect(parseGoalInput('100000')).toEqual({ goal: 100000 });
    expect(parseGoalInput('1')).toEqual({ goal: 1 });
  });

  it.each(['abc', '1.5', '-5', '12,34', '5e2', '1,,000'])('refuses %j as not a whole number', (text) => {
    expect(parseGoalInput(text)).toEqual({ problem: expect.stringMatching(/whole number/) as unknown });
  });

  it('refuses a goal under one word or over the most a day holds', () => {
    expect(parseGoalInput('0')).toEqual({ problem: expect.stringMatching(/at least one word/) as unknown });
    expect(parseGoalInput('100001')).toEqual({ problem: expect.stringMatching(/at most 100.000 words/) as unknown });
  });
});
