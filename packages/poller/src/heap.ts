/**
 * A binary min-heap whose items remember their own position, so any item can be removed or re-keyed in
 * O(log n). `key` reads an item's priority, once per push or update: the heap keeps the keys beside the
 * items, so sifting compares numbers without calling back. `slot` names the numeric field that holds an
 * item's position (-1 when not in the heap).
 */
export class IndexedHeap<Item extends Record<Slot, number>, Slot extends string> {
  // `#` fields: a minifier may shorten their names, which keeps the poller's bundle small.
  readonly #items: Item[] = [];
  readonly #keys: number[] = [];
  readonly #key: (item: Item) => number;
  readonly #slot: Slot;
  readonly #tieBreak: ((a: Item, b: Item) => number) | undefined;

  constructor(
    key: (item: Item) => number,
    slot: Slot,
    /** Orders items with equal keys (negative: `a` first); without it their order is unspecified. */
    tieBreak?: (a: Item, b: Item) => number,
  ) {
    this.#key = key;
    this.#slot = slot;
    this.#tieBreak = tieBreak;
  }

  get size(): number {
    return this.#items.length;
  }

  peek(): Item | undefined {
    return this.#items[0];
  }

  /** The smallest key, or `Infinity` when the heap is empty. */
  peekKey(): number {
    return this.#items.length === 0 ? Infinity : (this.#keys[0] as number);
  }

  has(item: Item): boolean {
    const index = item[this.#slot];
    return index >= 0 && this.#items[index] === item;
  }

  push(item: Item): void {
    this.#sift(item, this.#key(item), this.#items.length);
  }

  pop(): Item | undefined {
    const top = this.#items[0];
    if (top !== undefined) this.remove(top);
    return top;
  }

  remove(item: Item): void {
    if (!this.has(item)) return;
    const index = item[this.#slot];
    const last = this.#items.pop() as Item;
    const lastKey = this.#keys.pop() as number;
    (item as Record<Slot, number>)[this.#slot] = -1;
    if (last !== item) this.#sift(last, lastKey, index);
  }

  /** Restores the order after the item's key changed (pushes it when absent). */
  update(item: Item): void {
    this.#sift(item, this.#key(item), this.has(item) ? item[this.#slot] : this.#items.length);
  }

  #before(a: Item, aKey: number, b: Item, bKey: number): boolean {
    if (aKey !== bKey) return aKey < bKey;
    return this.#tieBreak !== undefined && this.#tieBreak(a, b) < 0;
  }

  #place(item: Item, key: number, index: number): void {
    this.#items[index] = item;
    this.#keys[index] = key;
    (item as Record<Slot, number>)[this.#slot] = index;
  }

  /**
   * Places `item` from the hole at `index`: up while it comes before its parent, then down while a child
   * comes before it (one of the two moves nothing). One function for both keeps the code small.
   */
  #sift(item: Item, key: number, index: number): void {
    const items = this.#items;
    const keys = this.#keys;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#before(item, key, items[parent] as Item, keys[parent] as number)) break;
      this.#place(items[parent] as Item, keys[parent] as number, index);
      index = parent;
    }
    for (;;) {
      let child = 2 * index + 1;
      if (child >= items.length) break;
      const right = child + 1;
      if (
        right < items.length &&
        this.#before(items[right] as Item, keys[right] as number, items[child] as Item, keys[child] as number)
      ) {
        child = right;
      }
      if (!this.#before(items[child] as Item, keys[child] as number, item, key)) break;
      this.#place(items[child] as Item, keys[child] as number, index);
      index = child;
    }
    this.#place(item, key, index);
  }
}
