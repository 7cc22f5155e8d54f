/**
 * A binary min-heap whose items remember their own position, so any item can
 * be removed or re-keyed in O(log n). `key` reads an item's priority; `slot`
 * names the numeric field that holds its position (-1 when not in the heap).
 */
export class IndexedHeap<Item extends Record<Slot, number>, Slot extends string> {
  private readonly items: Item[] = [];

  constructor(
    private readonly key: (item: Item) => number,
    private readonly slot: Slot,
    /** Orders items with equal keys (negative: `a` first); without it their order is unspecified. */
    private readonly tieBreak?: (a: Item, b: Item) => number,
  ) {}

  get size(): number {
    return this.items.length;
  }

  peek(): Item | undefined {
    return this.items[0];
  }

  /** The smallest key, or `Infinity` when the heap is empty. */
  peekKey(): number {
    const top = this.items[0];
    return top === undefined ? Number.POSITIVE_INFINITY : this.key(top);
  }

  has(item: Item): boolean {
    const index = item[this.slot];
    return index >= 0 && this.items[index] === item;
  }

  push(item: Item): void {
    this.place(item, this.items.length);
    this.up(item[this.slot]);
  }

  pop(): Item | undefined {
    const top = this.items[0];
    if (top !== undefined) this.remove(top);
    return top;
  }

  remove(item: Item): void {
    if (!this.has(item)) return;
    const index = item[this.slot];
    const last = this.items.pop() as Item;
    (item as Record<Slot, number>)[this.slot] = -1;
    if (last === item) return;
    this.place(last, index);
    this.down(index);
    this.up(last[this.slot]);
  }

  /** Restores the order after the item's key changed (pushes it when absent). */
  update(item: Item): void {
    if (!this.has(item)) {
      this.push(item);
      return;
    }
    this.up(item[this.slot]);
    this.down(item[this.slot]);
  }

  private before(a: Item, aKey: number, b: Item, bKey: number): boolean {
    if (aKey !== bKey) return aKey < bKey;
    return this.tieBreak !== undefined && this.tieBreak(a, b) < 0;
  }

  private place(item: Item, index: number): void {
    this.items[index] = item;
    (item as Record<Slot, number>)[this.slot] = index;
  }

  private up(index: number): void {
    const item = this.items[index] as Item;
    const itemKey = this.key(item);
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = this.items[parentIndex] as Item;
      if (!this.before(item, itemKey, parent, this.key(parent))) break;
      this.place(parent, index);
      index = parentIndex;
    }
    this.place(item, index);
  }

  private down(index: number): void {
    const length = this.items.length;
    const item = this.items[index] as Item;
    const itemKey = this.key(item);
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      let child = this.items[left] as Item;
      let childIndex = left;
      let childKey = this.key(child);
      if (right < length) {
        const rightItem = this.items[right] as Item;
        const rightKey = this.key(rightItem);
        if (this.before(rightItem, rightKey, child, childKey)) {
          child = rightItem;
          childIndex = right;
          childKey = rightKey;
        }
      }
      if (!this.before(child, childKey, item, itemKey)) break;
      this.place(child, index);
      index = childIndex;
    }
    this.place(item, index);
  }
}
