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

/** A kept feed as the coordinator API gives it: the document and the ETag a save sends back as If-Match. */
export interface KeptFeed<T> {
  readonly etag: string;
  readonly feed: T;
}

/** Reads the kept feed `name`, or undefined when the service does not give it. */
export async function loadKeptFeed<T>(api: CoordinatorApi, name: string): Promise<KeptFeed<T> | undefined> {
  const response = await coordinatorRequest(api, `/feeds/${encodeURIComponent(name)}`);
  if (!response.ok) return undefined;
  return { etag: response.headers.get('etag') ?? '', feed: ((await response.json()) as { feed: T }).feed };
}
