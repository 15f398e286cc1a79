/**
 * Just enough of the DOM for `PreviewChunks` (unit tests run without a browser): child lists,
 * sibling links, insertion and removal, and a count of element moves.
 */
export class FakeElement {
  className = '';
  parentNode: FakeElement | null = null;
  readonly childList: FakeElement[] = [];
  readonly ownerDocument = { createElement: (tag: string) => new FakeElement(tag, this.moves) };

  constructor(
    readonly tagName: string,
    /** Shared by every element made from this one: how many times a non-`div` element was inserted. */
    readonly moves: { count: number } = { count: 0 },
    readonly id = '',
  ) {}

  get children(): FakeElement[] {
    return this.childList;
  }
  get childElementCount(): number {
    return this.childList.length;
  }
  get firstChild(): FakeElement | null {
    return this.childList[0] ?? null;
  }
  get firstElementChild(): FakeElement | null {
    return this.firstChild;
  }
  get nextSibling(): FakeElement | null {
    const siblings = this.parentNode?.childList;
    return siblings?.[siblings.indexOf(this) + 1] ?? null;
  }
  get nextElementSibling(): FakeElement | null {
    return this.nextSibling;
  }

  insertBefore(node: FakeElement, ref: FakeElement | null): FakeElement {
    node.remove();
    if (node.tagName !== 'div') this.moves.count++;
    node.parentNode = this;
    const at = ref ? this.childList.indexOf(ref) : -1;
    if (at === -1) this.childList.push(node);
    else this.childList.splice(at, 0, node);
    return node;
  }
  appendChild(node: FakeElement): FakeElement {
    return this.insertBefore(node, null);
  }
  append(...nodes: FakeElement[]): void {
    for (const node of nodes) this.appendChild(node);
  }
  after(node: FakeElement): void {
    this.parentNode?.insertBefore(node, this.nextSibling);
  }
  remove(): void {
    const parent = this.parentNode;
    if (!parent) return;
    parent.childList.splice(parent.childList.indexOf(this), 1);
    this.parentNode = null;
  }
}
