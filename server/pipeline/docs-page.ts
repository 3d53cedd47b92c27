/**
 * GET /docs: an HTML API reference of the spec, rendered in the browser by Redoc's standalone
 * bundle, which this server serves itself; the page reads the spec from /openapi.json. Its
 * Content-Security-Policy lets the browser load nothing from another host.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { Router } from "express";
import { onlyMethods } from "./request-steps";

export const DOCS_PATHS = { page: "/docs", bundle: "/docs/redoc.standalone.js" } as const;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>FlexjobService API reference</title>
  </head>
  <body>
    <redoc spec-url="/openapi.json"></redoc>
    <script src="${DOCS_PATHS.bundle}"></script>
  </body>
</html>
`;

/** Redoc renders with inline styles, compiles schemas with Function and searches in a blob: worker. */
const CSP = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
].join("; ");

/**
 * The built package ships the bundle in dist/vendor/ (scripts/build.ts copies it there); a
 * checkout finds it in node_modules, where the redoc dev dependency puts it.
 */
function redocBundle(): string {
  const shipped = path.join(__dirname, "..", "..", "vendor", "redoc.standalone.js");
  return existsSync(shipped) ? shipped : require.resolve("redoc/bundles/redoc.standalone.js");
}

export function docsPage(): Router {
  const router = Router({ caseSensitive: true, strict: true });
  const bundle = redocBundle();
  router.get(DOCS_PATHS.page, (_req, res) => void res.set("content-security-policy", CSP).type("html").send(PAGE));
  router.get(DOCS_PATHS.bundle, (_req, res) => res.type("text/javascript").sendFile(bundle));
  router.all([DOCS_PATHS.page, DOCS_PATHS.bundle], onlyMethods("GET, HEAD"));
  return router;
}
