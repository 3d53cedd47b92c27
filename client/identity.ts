/** The identity fields of a request body: the organisation acted for and the user behind the call. */
import type { CallOptions } from "./client-options";
import type { components } from "./types";

export type Identity = Pick<
  components["schemas"]["IsAliveRequest"],
  "activeOrganisationHeader" | "requestUserMetadataHeader"
>;

/** The body fields for an organisation and user metadata (a call's, or the client's). */
export function identityOf(source: Pick<CallOptions, "organisation" | "userMetadata"> | undefined): Identity {
  return {
    ...(source?.organisation && { activeOrganisationHeader: source.organisation }),
    ...(source?.userMetadata && { requestUserMetadataHeader: source.userMetadata }),
  };
}

/** A request body with `identity`'s fields wherever the body has none of its own. */
export function withIdentity(body: unknown, identity: Identity): unknown {
  const isObject = typeof body === "object" && body !== null && !Array.isArray(body);
  return isObject ? { ...identity, ...body } : body;
}
