// The response validation example of docs/client.md, compiled by `npm run typecheck`. Keep the docs
// block identical to this file from the first import on, with the imports as a consumer writes them.
import { createFlexjobClient } from "../../client"; // README: from "flexjob-contract/client"
import { validateResponses } from "../../client/validate"; // README: from "flexjob-contract/client/validate"

export const client = createFlexjobClient({ baseUrl: "http://127.0.0.1:8080", validateResponses });
