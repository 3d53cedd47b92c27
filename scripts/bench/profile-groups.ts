/**
 * Which part of the stack a CPU profile's function belongs to, by the file it comes from: the
 * first package under node_modules (so a library's own dependencies count as that library),
 * node's internals, V8's pseudo-frames, or our server.
 */
const GROUPS: Record<string, readonly string[]> = {
  "express + router": [
    "express",
    "router",
    "path-to-regexp",
    "finalhandler",
    "send",
    "parseurl",
    "qs",
    "accepts",
    "negotiator",
    "fresh",
    "cookie",
    "vary",
    "on-finished",
    "ee-first",
    "depd",
    "statuses",
    "proxy-addr",
    "forwarded",
    "http-errors",
    "mime-types",
    "mime-db",
    "encodeurl",
    "escape-html",
    "debug",
    "merge-descriptors",
    "setprototypeof",
    "range-parser",
    "content-disposition",
  ],
  "body parsing": [
    "body-parser",
    "raw-body",
    "iconv-lite",
    "bytes",
    "type-is",
    "content-type",
    "media-typer",
    "unpipe",
  ],
  "express-openapi-validator + ajv": ["express-openapi-validator", "ajv", "ajv-formats", "fast-deep-equal", "fast-uri"],
  pino: [
    "pino",
    "sonic-boom",
    "fast-redact",
    "@pinojs/redact",
    "quick-format-unescaped",
    "atomic-sleep",
    "pino-std-serializers",
    "safe-stable-stringify",
    "on-exit-leak-free",
    "thread-stream",
    "fast-safe-stringify",
  ],
};

const BY_PACKAGE = new Map(Object.entries(GROUPS).flatMap(([group, names]) => names.map((n) => [n, group] as const)));

export function groupOf(url: string, functionName: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return BY_PACKAGE.get(modules[1]!) ?? `other package (${modules[1]})`;
  if (url.startsWith("node:")) return "node internals (http, net, streams)";
  if (/\/(dist\/)?server\/[^/]+\.(js|ts)$/.test(url)) return "our code (server/)";
  if (url === "") {
    if (functionName.startsWith("(")) return functionName; // (garbage collector), (program), (idle)
    // Functions ajv compiles with `new Function` have no file.
    if (/^validate\d*$/.test(functionName)) return "express-openapi-validator + ajv";
    return "V8 builtins / native";
  }
  return `other (${url})`;
}
