/** One request to the coordinator API: same-origin session cookie, JSON, and the CSRF token on every change. */

/** Where the coordinator API is and how the page talks to it. */
export interface CoordinatorApi {
  /** Base URL of the coordinator API. */
  readonly endpoint: string;
  /** The session's CSRF token. */
  readonly csrfToken: string;
  /** Another `fetch` (previews, tests). */
  readonly fetcher?: typeof fetch | undefined;
}

/** Sends `init` to `path` under the API's base URL (a method other than GET carries the CSRF token and JSON). */
export function coordinatorRequest(api: CoordinatorApi, path: string, init: RequestInit = {}): Promise<Response> {
  const changes = Boolean(init.method && init.method !== 'GET');
  return (api.fetcher ?? globalThis.fetch)(`${api.endpoint.replace(/\/+$/, '')}${path}`, {
    credentials: 'same-origin',
    ...init,
    headers: { accept: 'application/json', ...(changes ? { 'content-type': 'application/json', 'x-famcal-csrf': api.csrfToken } : {}), ...init.headers },
  });
}
