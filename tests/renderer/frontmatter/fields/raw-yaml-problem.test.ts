import { describe, expect, it } from 'vitest';
import { rawYamlProblem } from '../../../../renderer/src/frontmatter/fields/raw-yaml-problem';

describe('rawYamlProblem', () => {
  it('accepts maps, lists, flow values and nothing at all', () => {
    expect(rawYamlProblem('name: Ada\nurl: https://example.com')).toBeNull();
    expect(rawYamlProblem('- a\n- b: 1')).toBeNull();
    expect(rawYamlProblem('{ a: 1, b: [x, y] }')).toBeNull();
    expect(rawYamlProblem('')).toBeNull();
  });

  it('explains YAML that does not parse, with where', () => {
    const problem = rawYamlProblem('name: [unclosed');
    expect(problem).toMatch(/^This isn’t valid YAML: .+\.$/);
    expect(problem).toMatch(/line 1/);
    expect(rawYamlProblem('a: 1\n  b: 2')).not.toBeNull();
  });

  it('refuses a second document, which would end the front matter', () => {
    expect(rawYamlProblem('a: 1\n---\nb: 2')).not.toBeNull();
  });
});
