import { describe, expect, it } from 'vitest';
import { goalMeterView } from '../../../renderer/src/events/goal-meter';

const number = (value: number) => new Intl.NumberFormat().format(value);

describe('goalMeterView', () => {
  it('counts the words written today when they are known', () => {
    expect(goalMeterView(150, 412, 1000)).toEqual({
      text: `412 / ${number(1000)} today`,
      reached: false,
      fraction: 0.412,
      words: 412,
      title: `Daily word goal: ${number(1000)} words; 412 written today`,
    });
  });

  it('says the goal is reached today once the day’s words get there', () => {
    expect(goalMeterView(10, 1200, 1000)).toMatchObject({
      text: 'Goal reached today',
      reached: true,
      title: `Daily word goal: ${number(1000)} words; ${number(1200)} written today`,
    });
  });

  it('falls back to the post’s words while today’s are unknown', () => {
    expect(goalMeterView(412, null, 1000)).toEqual({
      text: `412 / ${number(1000)}`,
      reached: false,
      fraction: 0.412,
      words: 412,
      title: `Daily word goal: ${number(1000)} words`,
    });
  });

  it('counts no words today as none, not as unknown', () => {
    expect(goalMeterView(412, 0, 1000)).toMatchObject({ text: `0 / ${number(1000)} today`, words: 0 });
  });
});
