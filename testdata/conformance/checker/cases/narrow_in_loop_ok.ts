declare function log(...args: unknown[]): void;
function lastNonEmpty(xs: (string | null)[]): string {
  let result: string | null = null;
  for (const x of xs) {
    if (x !== null && x.length > 0) {
      result = x;
    }
  }
  return result ?? '';
}
interface Node1 {
  next: Node1 | null;
}
function last(start: Node1 | null): Node1 | null {
  let node = start;
  while (node && node.next) {
    node = node.next;
  }
  return node;
}
log(lastNonEmpty(['a']));
