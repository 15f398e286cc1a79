import type { MarkdownIt, StateCore, Token } from 'markdown-it';

const checkbox = (checked: boolean): string =>
  `<input class="task-list-item-checkbox" type="checkbox" disabled=""${checked ? ' checked=""' : ''}>`;

/** `[ ]`, `[x]` or `[X]` followed by whitespace or the end, as GFM requires. */
function taskMarker(content: string): boolean | null {
  if (content.length < 3 || content.charCodeAt(0) !== 0x5b /* [ */ || content.charCodeAt(2) !== 0x5d /* ] */) {
    return null;
  }
  const after = content.charCodeAt(3);
  if (content.length > 3 && after !== 0x20 && after !== 0x09) return null;
  const mark = content[1];
  if (mark === ' ') return false;
  if (mark === 'x' || mark === 'X') return true;
  return null;
}

function addClass(token: Token, name: string): void {
  const current = token.attrGet('class');
  if (typeof current === 'string' && current.split(' ').includes(name)) return;
  token.attrJoin('class', name);
}

function taskListRule(state: StateCore): void {
  const tokens = state.tokens;
  const lists: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') lists.push(token);
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') lists.pop();
    if (token.type !== 'inline' || i < 2 || tokens[i - 1]?.type !== 'paragraph_open') continue;
    const item = tokens[i - 2];
    if (item?.type !== 'list_item_open') continue;
    const checked = taskMarker(token.content);
    const first = token.children?.[0];
    // After text_join the marker sits at the start of the first text child; anything else
    // (e.g. `[x](url)`, a link) is not a task marker.
    if (checked === null || first?.type !== 'text' || taskMarker(first.content) === null) continue;
    first.content = first.content.slice(3);
    const input = new state.Token('html_inline', '', 0);
    input.content = checkbox(checked);
    token.children?.unshift(input);
    addClass(item, 'task-list-item');
    const list = lists[lists.length - 1];
    if (list) addClass(list, 'contains-task-list');
  }
}

/** GFM task list items: `- [ ]` and `- [x]` become disabled checkboxes. */
export function taskLists(md: MarkdownIt): void {
  md.core.ruler.after('text_join', 'task_lists', taskListRule);
}
