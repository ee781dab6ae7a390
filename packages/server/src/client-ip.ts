/**
 * The client's address. Behind reverse proxies only the hops those proxies appended to X-Forwarded-For
 * can be believed: each proxy adds the address it received the request from at the right end, so with
 * N trusted proxies the client is the N-th entry from the right. Entries further left are whatever the
 * client wrote, and trusting them lets anyone choose their own rate-limit key.
 */
export function clientIp(socketAddress: string | undefined, forwardedFor: string | undefined, trustedHops: number): string {
  const direct = socketAddress ?? 'unknown';
  if (trustedHops <= 0 || !forwardedFor) return direct;
  const hops = forwardedFor.split(',').map((hop) => hop.trim()).filter(Boolean);
  // The last proxy's own peer is the socket; each proxy before it wrote one entry.
  return hops[hops.length - trustedHops] ?? hops[0] ?? direct;
}
