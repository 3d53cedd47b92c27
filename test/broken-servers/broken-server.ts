/**
 * A deliberately broken FlexjobService: the reference server (createApp, listening on port 0)
 * behind a small HTTP proxy that changes one thing. Every request reaches the reference server,
 * so everything the defect does not touch stays conforming.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createApp, type AppOptions } from "../../server/sandbox/create-app";

export interface Exchanged {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Defect {
  /** Options of the reference server behind the proxy. */
  app?: AppOptions;
  /** Rewrites the reference server's answer to `request`. */
  response?: (answer: Answer, request: Exchanged) => Answer;
  /** Requests left without any answer (the connection stays open until the server closes). */
  unanswered?: (request: Exchanged) => boolean;
}

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "host", "expect"]);

export async function startBrokenServer(defect: Defect): Promise<RunningServer> {
  const inner = await listen(createApp({ validateResponses: false, ...defect.app }));
  const proxy = await startBrokenProxy(inner.baseUrl, defect);
  return {
    baseUrl: proxy.baseUrl,
    close: async () => {
      await proxy.close();
      await inner.close();
    },
  };
}

/** The defect in front of a server already running at `baseUrl` (e.g. one with its admin listener). */
export function startBrokenProxy(baseUrl: string, defect: Omit<Defect, "app">): Promise<RunningServer> {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- node:http ignores the promise; forward() answers every error itself
  return listen(async (req, res) => {
    const request = await received(req);
    if (defect.unanswered?.(request)) return;
    const forwarded = await forward(baseUrl, request);
    const answer = defect.response ? defect.response(forwarded, request) : forwarded;
    res.writeHead(answer.status, { ...answer.headers, "content-length": String(answer.body.length) }).end(answer.body);
  });
}

async function received(req: http.IncomingMessage): Promise<Exchanged> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, body: Buffer.concat(chunks) };
}

async function forward(baseUrl: string, request: Exchanged): Promise<Answer> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (!HOP_BY_HOP.has(name) && typeof value === "string") headers.set(name, value);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const response = await fetch(baseUrl + request.path, {
    method: request.method,
    headers,
    ...(hasBody ? { body: new Uint8Array(request.body) } : {}),
  });
  const answerHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) answerHeaders[name] = value;
  });
  return { status: response.status, headers: answerHeaders, body: Buffer.from(await response.arrayBuffer()) };
}

async function listen(handler: http.RequestListener): Promise<RunningServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The answer with a JSON body changed by `change` (which may mutate the parsed body). */
export function withJsonBody(answer: Answer, change: (body: Record<string, unknown>) => void): Answer {
  const body = JSON.parse(answer.body.toString("utf8")) as Record<string, unknown>;
  change(body);
  return { ...answer, body: Buffer.from(JSON.stringify(body)) };
}

/** The request's operationId by path (the spec's three paths). */
export function operationOf(request: Exchanged): string | undefined {
  return {
    "/Flexjob/GetFlexjob": "GetFlexjob",
    "/Flexjob/GetFlexjobAllocation": "GetFlexjobAllocation",
    "/Flexjob/IsAlive": "IsAliveAsync",
  }[request.path];
}
