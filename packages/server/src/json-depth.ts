/**
 * How deep a parsed JSON body nests, found without recursion: a body nested thousands deep is refused
 * here, before any recursive work (hashing, validation) could run out of stack.
 */
/** Nesting allowed in a JSON body (a registration needs two levels: the object and its list of ages). */
export const MAX_JSON_DEPTH = 8;

export function tooDeep(value: unknown, maxDepth: number): string | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length) {
    const { value: node, path, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) return path || 'body';
    for (const [key, child] of Object.entries(node)) stack.push({ value: child, path: Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth: depth + 1 });
  }
  return undefined;
}
