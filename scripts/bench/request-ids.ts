/**
 * `npm run bench:request-ids [-- --max-ids 100000]`: what the in-memory replay store costs per new
 * id while it fills up, at its bound and past it (where every new id evicts the oldest). Prints µs
 * per remember() and the ratio of the worst phase to the filling phase; eviction that walked the
 * store's deleted slots was about 100 times slower at the default bound. A benchmark: it asserts
 * nothing.
 */
import { parseArgs } from "node:util";
import { createMemoryRequestIdStore, REQUEST_ID_DEFAULTS } from "../../core/request-id-store";

const { values } = parseArgs({ options: { "max-ids": { type: "string" } } });
const BOUND = Number(values["max-ids"] ?? REQUEST_ID_DEFAULTS.maxIds);

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

async function main(): Promise<void> {
  const store = createMemoryRequestIdStore({ maxIds: BOUND });
  await microsPerCall(store, 0, BOUND / 2); // warm-up
  const filling = await microsPerCall(store, BOUND / 2, BOUND / 2);
  const atBound = await microsPerCall(store, BOUND, BOUND);
  const pastBound = await microsPerCall(store, 2 * BOUND, 2 * BOUND);
  console.log(`remember() on the in-memory store, bound ${BOUND} ids (µs per new id)`);
  const row = (label: string, micros: number) =>
    `${label.padEnd(36)}${micros.toFixed(3).padStart(9)}${(micros / filling).toFixed(2).padStart(9)}×`;
  console.log(`${"phase".padEnd(36)}${"µs".padStart(9)}${"ratio".padStart(10)}`);
  console.log(row(`filling (${BOUND / 2} ids)`, filling));
  console.log(row(`at the bound (${BOUND} ids)`, atBound));
  console.log(row(`past it (${2 * BOUND} ids)`, pastBound));
}

void main();
