// The pipeline mounted in an Express app of one's own, from docs/server-stubs.md, compiled by
// `npm run typecheck`. Keep the docs block identical to this file from the first import on, with the
// import as a consumer writes it.
import express from "express";
import { caseNotFound, createFlexjobApp, serve, type Handlers } from "../../server"; // docs: from "flexjob-reference-server"

const handlers = {
  GetFlexjob: async (input) => caseNotFound(input),
  GetFlexjobAllocation: async (input) => caseNotFound(input),
  IsAliveAsync: async () => ({ status: 200, body: { isAliveResponseType: { isAlive: true } } }),
} satisfies Handlers;

const app = express();
// Your own routes first: they answer outside the contract (no x-requestId, no Problem bodies).
app.get("/health", (_req, res) => {
  res.json({ ok: true });
});
// At the root: every other path gets the pipeline's 404 Problem (under a prefix, the operations move below it).
app.use(createFlexjobApp({ handlers, validateResponses: true }));

void serve(app, { port: 8080 }).then(({ url }) => console.log(`listening on ${url}`));
