/**
 * Reading a feed's text from its source, which is third-party input: a partner's URL is read within a size
 * limit and time-outs, redirects are followed only to http(s) and only a few hops, and private or local
 * addresses are refused on the address actually connected to (our own DNS lookup, so a name that resolves
 * to an internal address — also on a second lookup — cannot reach it). A local file gets the same size limit.
 */
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';

/** Limits on reading a feed (each has a setting; see the README). */
export interface FeedFetchOptions {
  /** The largest feed read, in bytes (`FAMCAL_FEED_MAX_BYTES`); a larger one is refused. */
  readonly maxBytes: number;
  /** Time to set up the connection: DNS, TCP and TLS (`FAMCAL_FEED_CONNECT_TIMEOUT_SECONDS`). */
  readonly connectTimeoutMs: number;
  /** Time for the whole fetch, redirects and body included (`FAMCAL_FEED_TIMEOUT_SECONDS`). */
  readonly timeoutMs: number;
  /** Hosts fetched even on a private or local address, as written in the URL (`FAMCAL_FEED_HOSTS`). */
  readonly allowedHosts: readonly string[];
}

export const FEED_FETCH_DEFAULTS: FeedFetchOptions = { maxBytes: 5_000_000, connectTimeoutMs: 10_000, timeoutMs: 30_000, allowedHosts: [] };

/** Redirects followed from a feed URL to the feed. */
export const MAX_REDIRECTS = 5;

/** A feed's text and its version: the ETag, a hash of the text, or a file's mtime and size. */
export interface FeedText {
  readonly text: string;
  readonly version: string;
}

/** A source that cannot be read within the rules; the message says what to change. */
export class FeedFetchError extends Error {}

/**
 * Fetches a feed URL within `options`. With `etag` (the version already held) the host may answer
 * `not-modified`. `signal` aborts the fetch (the service stopping).
 */
export async function fetchFeed(url: string, options: FeedFetchOptions, { etag, signal }: { etag?: string; signal?: AbortSignal } = {}): Promise<FeedText | 'not-modified'> {
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(new FeedFetchError(`no complete answer within ${seconds(options.timeoutMs)} s; raise FAMCAL_FEED_TIMEOUT_SECONDS if the host is slow`)), options.timeoutMs);
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  const headers: OutgoingHttpHeaders = { accept: 'application/json', 'user-agent': 'famcal-server', ...(etag ? { 'if-none-match': etag } : {}) };
  try {
    let current = new URL(url);
    for (let hop = 0; ; hop++) {
      const response = await get(current, headers, options, controller.signal);
      const status = response.statusCode ?? 0;
      if ([301, 302, 303, 307, 308].includes(status) && response.headers.location) {
        response.destroy();
        if (hop === MAX_REDIRECTS) throw new FeedFetchError(`more than ${MAX_REDIRECTS} redirects; give the feed's final address`);
        current = redirectTarget(response.headers.location, current);
        continue;
      }
      if (status === 304 && etag) {
        response.destroy();
        return 'not-modified';
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new FeedFetchError(`HTTP ${status}`);
      }
      const declared = Number(response.headers['content-length']);
      if (declared > options.maxBytes) {
        response.destroy();
        throw tooLarge(options.maxBytes);
      }
      const body = await readLimited(response, options.maxBytes);
      // A time-out in the middle of the body ends the stream early: that is a time-out, not a feed.
      if (controller.signal.aborted) throw controller.signal.reason;
      const text = decode(body);
      const tag = response.headers.etag;
      return { text, version: tag && isEtag(tag) ? tag : `sha256:${createHash('sha256').update(text).digest('hex')}` };
    }
  } catch (error) {
    // An abort surfaces as the request's AbortError; say why it was aborted instead.
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(deadline);
    signal?.removeEventListener('abort', stop);
  }
}

/** Reads a local feed file within the size limit; its version is its mtime and size. */
export async function readFeedFile(path: string, maxBytes: number): Promise<FeedText> {
  const info = await stat(path);
  if (info.size > maxBytes) throw tooLarge(maxBytes);
  // `end` is inclusive: at most one byte past the limit is read, in case the file grew since stat.
  const text = decode(await readLimited(createReadStream(path, { end: maxBytes }), maxBytes));
  return { text, version: `${info.mtimeMs}:${info.size}` };
}

/** Whether a version is an HTTP entity tag (sent back as If-None-Match), not a hash or a file's mtime. */
export function isEtag(version: string | undefined): version is string {
  return version !== undefined && /^(W\/)?"[^"]*"$/.test(version);
}

// Ranges a feed host must not be on unless allowed: unspecified, "this network", private (RFC 1918), CGNAT
// (RFC 6598), loopback, link-local, IETF protocol assignments, benchmarking, multicast and reserved; for IPv6
// unspecified, loopback, unique-local, link-local, site-local and multicast. BlockList matches IPv4-mapped IPv6
// addresses (::ffff:127.0.0.1) against the IPv4 ranges.
const blocked = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
// Also the IPv6 forms that carry an IPv4 address a gateway may forward to an internal host: IPv4-compatible
// (::/96), IPv4-translated (::ffff:0:0:0/96), NAT64 (64:ff9b::/96, 64:ff9b:1::/48) and 6to4 (2002::/16);
// and discard-only (100::/64) and documentation (2001:db8::/32).
for (const [network, prefix] of [['::', 96], ['::ffff:0:0:0', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['2002::', 16], ['100::', 64], ['2001:db8::', 32], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8]] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is a public one (not private, loopback, link-local, unique-local, CGNAT, unspecified…). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  try {
    return !blocked.check(address, family === 6 ? 'ipv6' : 'ipv4');
  } catch {
    return false;
  }
}

/** A host as compared with FAMCAL_FEED_HOSTS: lower case, without brackets or a trailing dot, addresses in their usual form. */
export function hostKey(host: string): string | undefined {
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  try {
    const parsed = new URL(`http://${isIP(bare) === 6 ? `[${bare}]` : bare}/`);
    const key = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    // Anything more than a host (a port, a path, a user) is not a host.
    return parsed.port === '' && parsed.username === '' && `http://${parsed.host}/` === parsed.href && key ? key : undefined;
  } catch {
    return undefined;
  }
}

/** One request, with the connection time-out, and our lookup unless the host is allowed anyway. */
function get(url: URL, headers: OutgoingHttpHeaders, options: FeedFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const host = hostKey(url.hostname) ?? url.hostname;
    const allowed = options.allowedHosts.some((entry) => hostKey(entry) === host);
    // An address in the URL is connected to without a lookup: check it here.
    if (!allowed && isIP(host) && !isPublicAddress(host)) return reject(refusal(url.hostname, host));
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    // No shared agent: every connection goes through the lookup and is closed after the feed.
    const request = send(url, { headers, signal, agent: false, ...(allowed ? {} : { lookup: publicLookup }) });
    const connectTimer = setTimeout(
      () => request.destroy(new FeedFetchError(`no connection to ${url.hostname} within ${seconds(options.connectTimeoutMs)} s; check the address, or raise FAMCAL_FEED_CONNECT_TIMEOUT_SECONDS`)),
      options.connectTimeoutMs,
    );
    request.once('socket', (socket) => socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer)));
    request.once('response', resolve);
    request.on('error', reject);
    request.once('close', () => clearTimeout(connectTimer));
    request.end();
  });
}

/** DNS lookup that keeps only public addresses, so the connection is made to a checked address. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const usable = addresses.filter((a) => isPublicAddress(a.address));
    if (!usable.length) return callback(refusal(hostname, addresses[0]?.address ?? 'no address'), '', 0);
    if (options.all) callback(null, usable);
    else callback(null, usable[0]!.address, usable[0]!.family);
  });
};

function redirectTarget(location: string, from: URL): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new FeedFetchError(`redirected to ${JSON.stringify(location)}, which is not an address`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new FeedFetchError(`redirected to a ${target.protocol} address; only http and https are followed`);
  return target;
}

/** The body, read until the end or refused once it passes `maxBytes` (reading stops there). */
async function readLimited(body: AsyncIterable<Buffer> & { destroy(): void }, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): FeedFetchError {
  return new FeedFetchError(`the feed is over the limit of ${maxBytes} bytes; make it smaller, or raise FAMCAL_FEED_MAX_BYTES`);
}

function refusal(host: string, address: string): FeedFetchError {
  return new FeedFetchError(`${host} is at ${address}, a private or local address; feeds are fetched from public addresses only (list the host in FAMCAL_FEED_HOSTS to allow it)`);
}

/** UTF-8, as JSON is; a byte-order mark is dropped. */
function decode(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function seconds(ms: number): string {
  return String(ms / 1000);
}
