/**
 * A first-in first-out queue of (id, time) pairs in a ring buffer: push and shift are O(1) (the
 * ring doubles, amortised O(1), until it reaches its capacity and then never moves again).
 */
export class ArrivalQueue {
  private ids: (string | undefined)[] = [];
  private times = new Float64Array(0);
  private head = 0;
  private count = 0;

  /** `capacity`: the most pairs ever held at once; pushing beyond it throws. */
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.count;
  }

  /** The time of the oldest pair; only when size > 0. */
  oldestTime(): number {
    return this.times[this.head]!;
  }

  push(id: string, time: number): void {
    if (this.count === this.ids.length) this.grow();
    const slot = (this.head + this.count) % this.ids.length;
    this.ids[slot] = id;
    this.times[slot] = time;
    this.count += 1;
  }

  /** Removes and returns the oldest id; only when size > 0. */
  shift(): string {
    const id = this.ids[this.head]!;
    this.ids[this.head] = undefined;
    this.head = (this.head + 1) % this.ids.length;
    this.count -= 1;
    return id;
  }

  /** Empties the queue (and gives its memory back). */
  clear(): void {
    this.ids = [];
    this.times = new Float64Array(0);
    this.head = 0;
    this.count = 0;
  }

  private grow(): void {
    if (this.count >= this.capacity) throw new RangeError(`the queue holds at most ${this.capacity} entries`);
    const length = Math.min(this.capacity, Math.max(16, this.ids.length * 2));
    const ids = new Array<string | undefined>(length).fill(undefined);
    const times = new Float64Array(length);
    for (let i = 0; i < this.count; i++) {
      const from = (this.head + i) % this.ids.length;
      ids[i] = this.ids[from];
      times[i] = this.times[from]!;
    }
    this.ids = ids;
    this.times = times;
    this.head = 0;
  }
}
