// Type-level tests of flexjob-contract/server, compiled by `npm run typecheck` (never run).
import { startReferenceServer, type ReferenceServerOptions } from "../../server";

export async function typed(options: ReferenceServerOptions): Promise<void> {
  const withAdmin = await startReferenceServer({ adminPort: 0 });
  const adminUrl: string = withAdmin.adminUrl;

  const without = await startReferenceServer({ port: 0 });
  // @ts-expect-error no admin listener without adminPort
  const none: string = without.adminUrl;

  const maybe = await startReferenceServer(options);
  // @ts-expect-error adminPort may be missing from a ReferenceServerOptions value
  const unsure: string = maybe.adminUrl;
  const checked: string | undefined = maybe.adminUrl;

  // @ts-expect-error cors is "*" or origins, not a number
  await startReferenceServer({ cors: 5 });
  // @ts-expect-error auth is "header" or "off"
  await startReferenceServer({ auth: "cert" });
  void [adminUrl, none, unsure, checked];
}
