/**
 * Helpers for the reliability suite: the server's resident memory, many requests through a
 * bounded pool, and counting answers by status class.
 */
import { readFileSync } from "node:fs";
import net from "node:net";
import { Pool, type Dispatcher } from "undici";

/** The resident set size of process `pid`, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body?: string;
}

/**
 * Sends `count` requests made by `make(i)` over `connections` keep-alive connections (at most
 * `concurrency` at a time) and counts the answers by status. A request that gets no answer at all
 * (connection reset) counts under 0.
 */
export async function sendMany(
  origin: string,
  count: number,
  make: (i: number) => RawRequest,
  options: { connections?: number; concurrency?: number } = {},
): Promise<Map<number, number>> {
  const pool = new Pool(origin, { connections: options.connections ?? 8, pipelining: 1 });
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const request = make(next++);
      const status = await pool
        .request({ ...request, method: request.method as Dispatcher.HttpMethod })
        .then(async ({ statusCode, body }) => {
          await body.dump();
          return statusCode;
        })
        .catch(() => 0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 32 }, worker));
  await pool.close();
  return statuses;
}

/** How many answers had a status in [from, to). */
export function countIn(statuses: Map<number, number>, from: number, to: number): number {
  return [...statuses].filter(([status]) => status >= from && status < to).reduce((sum, [, n]) => sum + n, 0);
}

/** One request as HTTP/1.1 bytes on a keep-alive connection. */
export function toBytes({ method, path, headers, body = "" }: RawRequest): string {
  const lines = [`${method} ${path} HTTP/1.1`, "Host: 127.0.0.1"];
  for (const [name, value] of Object.entries(headers))
    for (const one of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${one}`);
  if (body !== "" || method === "POST") lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}

/**
 * Sends `count` requests made by `make(i)` pipelined in batches of `depth` over `connections`
 * keep-alive sockets, and counts the answers by status (read from the status lines). Cheap on the
 * client's side, so that the server, not the client, is what is measured. Rejects if a connection
 * closes before all its answers arrived.
 */
export async function pipelineMany(
  port: number,
  count: number,
  make: (i: number) => RawRequest,
  options: { connections?: number; depth?: number } = {},
): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  const depth = options.depth ?? 16;
  let next = 0;
  const connection = () =>
    new Promise<void>((resolve, reject) => {
      const socket = net.connect(port, "127.0.0.1");
      let pending = 0;
      let tail = "";
      const sendBatch = (): void => {
        if (next >= count) return void socket.end();
        const batch: string[] = [];
        while (batch.length < depth && next < count) batch.push(toBytes(make(next++)));
        pending = batch.length;
        socket.write(batch.join(""));
      };
      socket.setEncoding("latin1");
      socket.on("data", (chunk: string) => {
        const text = tail + chunk;
        const lines = /HTTP\/1\.1 (\d{3}) /g;
        let match: RegExpExecArray | null;
        let end = 0;
        while ((match = lines.exec(text)) !== null) {
          const status = Number(match[1]);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          pending -= 1;
          end = lines.lastIndex;
        }
        tail = text.slice(Math.max(end, text.length - 16));
        if (pending === 0) sendBatch();
      });
      socket.on("connect", sendBatch);
      socket.on("error", reject);
      socket.on("close", () => (pending === 0 ? resolve() : reject(new Error(`closed with ${pending} answers due`))));
    });
  await Promise.all(Array.from({ length: options.connections ?? 4 }, connection));
  return statuses;
}
