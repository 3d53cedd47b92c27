/**
 * The reference server on a free port (listen(0)) for the client's end-to-end tests, with
 * response validation on; each test file starts its own.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createApp, type AppOptions } from "../../server/sandbox/create-app";
import { validateResponses } from "../../client/validate";
import { createFlexjobClient, type FlexjobClient, type FlexjobClientOptions } from "../../client";

export interface RunningServer {
  baseUrl: string;
  close: () => Promise<void>;
}

export async function startServer(options: AppOptions = {}): Promise<RunningServer> {
  const server: Server = createApp({ validateResponses: true, ...options }).listen(0, "127.0.0.1");
  await new Promise<void>((resolve, reject) => server.once("listening", resolve).once("error", reject));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A client of `server` acting for the company `cvr` (none when undefined), validating every body. */
export function clientFor(
  server: RunningServer,
  cvr: string | undefined,
  more: Partial<FlexjobClientOptions> = {},
): FlexjobClient {
  return createFlexjobClient({
    baseUrl: server.baseUrl,
    ...(cvr !== undefined && { organisation: { organisationTypeIdentifier: 24, organisationCode: cvr } }),
    validateResponses,
    ...more,
  });
}
