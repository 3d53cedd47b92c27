import { createMemoryRequestIdStore, MAX_MEMORY_REQUEST_IDS, REQUEST_ID_DEFAULTS } from "../../core/request-id-store";

describe("createMemoryRequestIdStore", () => {
  describe("remember", () => {
    it("tells true the first time and false for every repeat", async () => {
      const store = createMemoryRequestIdStore();
      expect(await store.remember("a")).toBe(true);
      expect(await store.remember("a")).toBe(false);
      expect(await store.remember("a")).toBe(false);
      expect(await store.remember("b")).toBe(true);
    });

    it("gives true to exactly one of 100 concurrent calls with the same id", async () => {
      const store = createMemoryRequestIdStore();
      const answers = await Promise.all(Array.from({ length: 100 }, () => store.remember("same")));
      expect(answers.filter(Boolean)).toHaveLength(1);
    });
  });

  describe("with the default retention", () => {
    it("is 7 days", () => {
      expect(REQUEST_ID_DEFAULTS.retentionMs).toBe(7 * 24 * 60 * 60 * 1000);
    });
  });

  describe("with a retention window and an injected clock", () => {
    it("catches a replay until the window has passed, then takes the id as new", async () => {
      let clock = 1_000;
      const store = createMemoryRequestIdStore({ retentionMs: 100, now: () => clock });
      await store.remember("a");
      clock += 99;
      expect(await store.remember("a")).toBe(false);
      clock += 1;
      expect(await store.remember("a")).toBe(true);
      clock += 50;
      expect(await store.remember("a")).toBe(false);
    });

    it("frees the room of expired ids, so the bound forgets nothing early", async () => {
      let clock = 0;
      const onBoundReached = jest.fn();
      const store = createMemoryRequestIdStore({ retentionMs: 10, maxIds: 2, now: () => clock, onBoundReached });
      await store.remember("a");
      await store.remember("b");
      clock += 10;
      await store.remember("c");
      await store.remember("d");
      expect(onBoundReached).not.toHaveBeenCalled();
      expect(await store.remember("c")).toBe(false);
      expect(await store.remember("d")).toBe(false);
    });
  });

  describe("at the bound of maxIds", () => {
    it("forgets the oldest id to remember the new one, and reports the bound once", async () => {
      const onBoundReached = jest.fn();
      const store = createMemoryRequestIdStore({ maxIds: 3, onBoundReached });
      for (const id of ["a", "b", "c", "d", "e"]) expect(await store.remember(id)).toBe(true);
      expect(onBoundReached).toHaveBeenCalledTimes(1);
      expect(onBoundReached).toHaveBeenCalledWith(3);
      // Remembered: c, d, e. a and b were forgotten before their retention ended.
      expect(await store.remember("e")).toBe(false);
      expect(await store.remember("c")).toBe(false);
      expect(await store.remember("a")).toBe(true);
    });
  });

  describe("past the bound, for many rounds", () => {
    it("keeps exactly the newest maxIds ids, in arrival order", async () => {
      const store = createMemoryRequestIdStore({ maxIds: 100 });
      for (let i = 0; i < 1000; i++) expect(await store.remember(`id-${i}`)).toBe(true);
      expect(await store.remember("id-900")).toBe(false);
      expect(await store.remember("id-999")).toBe(false);
      // id-899 was forgotten; remembering it again forgets id-900, the oldest left.
      expect(await store.remember("id-899")).toBe(true);
      expect(await store.remember("id-900")).toBe(true);
    });
  });

  describe("with maxIds over what a Set holds", () => {
    it("throws a RangeError naming the cap", () => {
      expect(MAX_MEMORY_REQUEST_IDS).toBe(16_777_216);
      expect(() => createMemoryRequestIdStore({ maxIds: MAX_MEMORY_REQUEST_IDS + 1 })).toThrow(
        new RangeError("maxIds must be a whole number from 1 to 16777216; got 16777217"),
      );
    });
  });
});
