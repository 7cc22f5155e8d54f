import createClient, { type Client } from "openapi-fetch";
import { type ClientOptions, type ProviderIdentity, providerSettings } from "./client.js";
import type { ClientFacts } from "./provider-facts.js";

/**
 * openapi-fetch's typed `GET`/`POST` for every path of a provider's spec, with the client's key, base URL,
 * headers and `fetch`, and its identity. It answers `{ data, error, response }` as openapi-fetch does; the
 * provider clients' methods are the ones that turn answers into task ids, records and typed errors.
 */
export type ProviderApi<Paths extends {}> = Client<Paths> & ProviderIdentity;

/**
 * Creates the typed openapi-fetch client of a provider. It lives apart from the provider clients so that
 * code which only starts and waits for tasks does not carry openapi-fetch. Fails as `create<Provider>Client`
 * does on options no request could send.
 */
export function createProviderApi<Paths extends {}>(
  facts: Pick<ClientFacts, "name" | "baseUrl" | "apiKeyVariable">,
  options?: ClientOptions,
): ProviderApi<Paths> {
  const { identity, baseUrl, headers, fetch } = providerSettings(facts, options);
  return Object.assign(createClient<Paths>({ baseUrl, fetch, headers }), identity);
}
