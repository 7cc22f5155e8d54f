import { seededRandom } from "@gentask/core";
import { describe, expect, it } from "vitest";
import { type HeapPosition, IndexedHeap } from "./heap.js";

interface Item {
  key: number;
  order: number;
  slot: number;
}

const slot: HeapPosition<Item> = {
  get: (item) => item.slot,
  set: (item, index) => {
    item.slot = index;
  },
};

describe("IndexedHeap", () => {
  it("pops in key order through random pushes, removals and re-keys", () => {
    const random = seededRandom(7);
    const heap = new IndexedHeap<Item>((item) => item.key, slot);
    const live = new Set<Item>();
    for (let step = 0; step < 5_000; step++) {
      const choice = random();
      if (choice < 0.5 || live.size === 0) {
        const item = { key: Math.floor(random() * 100), order: step, slot: -1 };
        heap.push(item);
        live.add(item);
      } else if (choice < 0.7) {
        const item = [...live][Math.floor(random() * live.size)] as Item;
        heap.remove(item);
        expect(heap.has(item)).toBe(false);
        live.delete(item);
      } else if (choice < 0.85) {
        const item = [...live][Math.floor(random() * live.size)] as Item;
        item.key = Math.floor(random() * 100);
        heap.update(item);
      } else {
        const smallest = Math.min(...[...live].map((item) => item.key));
        const top = heap.pop() as Item;
        expect(top.key).toBe(smallest);
        live.delete(top);
      }
      expect(heap.size).toBe(live.size);
    }
    const keys: number[] = [];
    while (heap.size > 0) keys.push((heap.pop() as Item).key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(heap.peekKey()).toBe(Number.POSITIVE_INFINITY);
  });

  it("breaks ties with tieBreak (first in, first out)", () => {
    const heap = new IndexedHeap<Item>(
      (item) => item.key,
      slot,
      (a, b) => a.order - b.order,
    );
    for (let order = 0; order < 20; order++) heap.push({ key: order % 2, order, slot: -1 });
    const popped: number[] = [];
    while (heap.size > 0) popped.push((heap.pop() as Item).order);
    expect(popped).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
  });

  it("ignores removing an item that is not in the heap", () => {
    const heap = new IndexedHeap<Item>((item) => item.key, slot);
    const outsider = { key: 1, order: 0, slot: -1 };
    heap.push({ key: 2, order: 1, slot: -1 });
    heap.remove(outsider);
    expect(heap.size).toBe(1);
  });
});
