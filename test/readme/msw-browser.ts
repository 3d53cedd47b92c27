// docs/front-end.md's browser example, compiled by `npm run typecheck`;
// test/e2e/front-end-consumer.test.ts runs the same calls in Chromium from the packed tarball.
import { setupWorker } from "msw/browser";
import { createFlexjobHandlers } from "../../msw"; // docs: from "flexjob-contract/msw"
import { createFlexjobClient } from "../../client"; // docs: from "flexjob-contract/client"

const baseUrl = "https://flexjob.sandbox.example"; // STAR's address in production
export const sandbox = createFlexjobHandlers({ baseUrl });

/** Before the app renders, in development only: MSW's worker answers the service's requests. */
export async function mockTheService(): Promise<void> {
  // The worker script is public/mockServiceWorker.js, written by `npx msw init public/`.
  await setupWorker(...sandbox.handlers).start({ onUnhandledRequest: "bypass" });
}

export const client = createFlexjobClient({
  baseUrl,
  organisation: { organisationTypeIdentifier: 24, organisationCode: "12345674" },
});
