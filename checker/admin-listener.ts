/**
 * Calls to a reference server's admin listener (--admin-url, spec/admin.yaml). An answer other
 * than the expected ones, or none, stops the run as a usage error naming the call (exit 2).
 */
import { UsageError } from "./usage-error";

export async function adminCall(
  adminUrl: string,
  method: string,
  path: string,
  body: unknown,
  ok: readonly number[],
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(adminUrl + path, {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new UsageError(
      `cannot reach --admin-url ${adminUrl}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const text = await response.text();
  if (!ok.includes(response.status))
    throw new UsageError(`--admin-url ${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return text === "" ? undefined : (JSON.parse(text) as unknown);
}
