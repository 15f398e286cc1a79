import { describe, expect, it } from 'vitest';
import { postGoalView } from '../../../renderer/src/events/post-goal';
import { parseGoalInput } from '../../../renderer/src/events/word-goal';

describe('postGoalView', () => {
  it('shows the post’s words against its goal while short of it', () => {
    expect(postGoalView(312, 800)).toMatchObject({ text: '312 / 800 words', reached: false, fraction: 0.39 });
    expect(postGoalView(312, 800).label).toBe('Word goal for this post: 800 words, 312 words written');
  });

  it('says the goal is reached, still counting the words', () => {
    expect(postGoalView(801, 800)).toMatchObject({ text: '801 words, goal reached', reached: true, fraction: 1 });
  });
});

describe('parseGoalInput for a post', () => {
  it('says what a post can hold when the goal is too large', () => {
    expect(parseGoalInput('100001', 'in a post')).toEqual({
      problem: expect.stringMatching(/words in a post\.$/) as unknown,
    });
    expect(parseGoalInput('800', 'in a post')).toEqual({ goal: 800 });
  });
});
