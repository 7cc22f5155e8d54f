/** Reads and writes the field where an item keeps its position in one heap (-1 when not in it). */
export interface HeapPosition<Item> {
  get(item: Item): number;
  set(item: Item, index: number): void;
}

/**
 * A binary min-heap whose items remember their own position, so any item can be removed or re-keyed in
 * O(log n). `key` reads an item's priority, once per push or update: the heap keeps the keys beside the
 * items, so sifting compares numbers without calling back. `position` reads and writes the item's
 * position field: written out by each caller, these accessors stay monomorphic, where one field named by a
 * string for every heap made the engine's hottest stores generic (about 30 % slower).
 */
export class IndexedHeap<Item> {
  // `#` members: a minifier may shorten their names, which keeps the poller's bundle small.
  readonly #items: Item[] = [];
  readonly #keys: number[] = [];
  readonly #key: (item: Item) => number;
  readonly #position: HeapPosition<Item>;
  readonly #tieBreak: ((a: Item, b: Item) => number) | undefined;

  constructor(
    key: (item: Item) => number,
    position: HeapPosition<Item>,
    /** Orders items with equal keys (negative: `a` first); without it their order is unspecified. */
    tieBreak?: (a: Item, b: Item) => number,
  ) {
    this.#key = key;
    this.#position = position;
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
    const index = this.#position.get(item);
    return index >= 0 && this.#items[index] === item;
  }

  push(item: Item): void {
    const index = this.#items.length;
    this.#items.push(item);
    this.#keys.push(0);
    this.#up(item, this.#key(item), index);
  }

  pop(): Item | undefined {
    const top = this.#items[0];
    if (top !== undefined) this.remove(top);
    return top;
  }

  remove(item: Item): void {
    if (!this.has(item)) return;
    const index = this.#position.get(item);
    const last = this.#items.pop() as Item;
    const lastKey = this.#keys.pop() as number;
    this.#position.set(item, -1);
    if (last === item) return;
    this.#down(last, lastKey, index);
    this.#up(last, lastKey, this.#position.get(last));
  }

  /** Restores the order after the item's key changed (pushes it when absent). */
  update(item: Item): void {
    if (!this.has(item)) {
      this.push(item);
      return;
    }
    const key = this.#key(item);
    const index = this.#position.get(item);
    const old = this.#keys[index] as number;
    if (key < old) this.#up(item, key, index);
    else if (key > old) this.#down(item, key, index);
  }

  #before(a: Item, aKey: number, b: Item, bKey: number): boolean {
    if (aKey !== bKey) return aKey < bKey;
    return this.#tieBreak !== undefined && this.#tieBreak(a, b) < 0;
  }

  #place(item: Item, key: number, index: number): void {
    this.#items[index] = item;
    this.#keys[index] = key;
    this.#position.set(item, index);
  }

  #up(item: Item, key: number, index: number): void {
    const items = this.#items;
    const keys = this.#keys;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex] as Item;
      if (!this.#before(item, key, parent, keys[parentIndex] as number)) break;
      this.#place(parent, keys[parentIndex] as number, index);
      index = parentIndex;
    }
    this.#place(item, key, index);
  }

  #down(item: Item, key: number, index: number): void {
    const items = this.#items;
    const keys = this.#keys;
    const length = items.length;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      let childIndex = left;
      if (
        right < length &&
        this.#before(items[right] as Item, keys[right] as number, items[left] as Item, keys[left] as number)
      ) {
        childIndex = right;
      }
      const childKey = keys[childIndex] as number;
      const child = items[childIndex] as Item;
      if (!this.#before(child, childKey, item, key)) break;
      this.#place(child, childKey, index);
      index = childIndex;
    }
    this.#place(item, key, index);
  }
}
