/**
 * The in-memory replay store keeps its rate at and past its bound: remembering an id costs about
 * the same whether the store is filling up or evicting its oldest id for every new one. The rate
 * ratio is printed; the assertion allows a generous factor (eviction that walked the store's
 * deleted slots was about 100 times slower at the default bound).
 */
import { createMemoryRequestIdStore, REQUEST_ID_DEFAULTS } from "../../core/request-id-store";

const BOUND = REQUEST_ID_DEFAULTS.maxIds;

/** Microseconds per remember() over `count` new ids, starting at id number `from`. */
async function microsPerCall(
  store: ReturnType<typeof createMemoryRequestIdStore>,
  from: number,
  count: number,
): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = from; i < from + count; i++)
    await store.remember(`a1b2c3d4-0000-4000-8000-${String(i).padStart(12, "0")}`);
  return Number(process.hrtime.bigint() - started) / 1000 / count;
}

describe("createMemoryRequestIdStore", () => {
  describe(`at its default bound (${BOUND} ids) and past it`, () => {
    it("remembers an id about as fast as while filling up", async () => {
      const store = createMemoryRequestIdStore({ maxIds: BOUND });
      await microsPerCall(store, 0, BOUND / 2); // warm-up
      const filling = await microsPerCall(store, BOUND / 2, BOUND / 2);
      const atBound = await microsPerCall(store, BOUND, BOUND);
      const pastBound = await microsPerCall(store, 2 * BOUND, 2 * BOUND);
      const ratio = Math.max(atBound, pastBound) / filling;
      process.stdout.write(
        `remember(): ${filling.toFixed(2)} µs filling, ${atBound.toFixed(2)} µs at the bound, ` +
          `${pastBound.toFixed(2)} µs past it (ratio ${ratio.toFixed(1)})\n`,
      );
      expect(ratio).toBeLessThan(10);
    }, 60_000);
  });
});
