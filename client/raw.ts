/**
 * flexjob-contract/client/raw: the openapi-fetch client for the service (`{ data, error, response }`,
 * no exceptions for error statuses), with createFlexjobClient's retries, timeouts, identity and
 * onRetry, and openapi-fetch middleware. Kept out of flexjob-contract/client so that a client
 * without it does not carry openapi-fetch:
 *
 *     import { createRawClient } from "flexjob-contract/client/raw";
 *     const raw = createRawClient({ baseUrl, organisation });
 *     const { data, error, response } = await raw.POST("/Flexjob/GetFlexjob", { params, body });
 */
import createClient, { defaultBodySerializer, type Client, type Middleware } from "openapi-fetch";
import { check, resolveClientOptions, type FlexjobClientOptions } from "./client-options";
import { identityOf, withIdentity } from "./identity";
import { createRetryingFetch } from "./retrying-fetch";
import type { paths } from "./types";

export type { Middleware } from "openapi-fetch";

/** The openapi-fetch client over the generated `paths`. */
export type FlexjobRawClient = Client<paths>;

/** createFlexjobClient's options but `validateResponses` (raw answers are not checked), and middleware. */
export interface RawClientOptions extends Omit<FlexjobClientOptions, "validateResponses"> {
  /** openapi-fetch middleware; it sees each call once (the retries happen inside its fetch). */
  middleware?: readonly Middleware[];
}

/**
 * A body without `activeOrganisationHeader` / `requestUserMetadataHeader` gets the options'
 * `organisation` / `userMetadata`; one with its own keeps it. The `x-requestId` header is the
 * caller's; retries make new ones.
 */
export function createRawClient(options: RawClientOptions): FlexjobRawClient {
  const config = resolveClientOptions(options, "createRawClient");
  const middleware: readonly Middleware[] = options.middleware ?? [];
  check(Array.isArray(options.middleware ?? []), "middleware must be an array", options.middleware);
  const raw = createClient<paths>({
    baseUrl: config.baseUrl,
    fetch: createRetryingFetch({ ...config, nextRequestId: config.requestId }),
    bodySerializer: (body: unknown) => defaultBodySerializer(withIdentity(body, identityOf(config))),
  });
  raw.use(...middleware);
  return raw;
}
