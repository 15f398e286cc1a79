import { describe, expect, it } from 'vitest';
import { filterCommands, matchScore } from '../../../renderer/src/commands/palette-filter';

const commands = [
  { title: 'New Post', category: 'File' },
  { title: 'Publish…', category: 'Post' },
  { title: 'Toggle Preview', category: 'View' },
  { title: 'Toggle Focus Mode', category: 'View' },
  { title: 'Bold', category: 'Format' },
  { title: 'Numbered List', category: 'Format' },
];

const titles = (query: string) => filterCommands(commands, query).map((command) => command.title);

describe('filterCommands', () => {
  it('keeps the menu order for an empty query', () => {
    expect(titles('  ')).toEqual(commands.map((command) => command.title));
  });

  it('puts a title that starts with the query before one that merely has a word starting with it', () => {
    expect(titles('p')).toEqual(['Publish…', 'New Post', 'Toggle Preview']);
  });

  it('matches words in any order and the menu name', () => {
    expect(titles('preview toggle')).toEqual(['Toggle Preview']);
    expect(titles('format list')).toEqual(['Numbered List']);
  });

  it('matches letters in order as a last resort', () => {
    expect(titles('tgpr')).toEqual(['Toggle Preview']);
  });

  it('ignores case and finds nothing for nonsense', () => {
    expect(titles('BOLD')).toEqual(['Bold']);
    expect(titles('zzz')).toEqual([]);
    expect(matchScore({ title: 'Bold', category: 'Format' }, 'xb')).toBeNull();
  });
});
