// The in-process start of docs/sandbox-control.md, compiled by `npm run typecheck`. Keep the docs
// block identical to this file from the first import on, with the import as a consumer writes it.
import { startReferenceServer } from "../../server"; // README: from "flexjob-contract/server"

async function main(): Promise<void> {
  const sandbox = await startReferenceServer({ port: 0, adminPort: 0 });
  console.log(sandbox.url, sandbox.adminUrl); // adminUrl is typed string once adminPort is given
  await sandbox.close();
}

void main();
