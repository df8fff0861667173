declare function log(...args: unknown[]): void;
type Msg = { t: 'text'; body: string } | { t: 'ping' };
function len(m: Msg): number {
  if (m.t !== 'text') {
    return 0;
  }
  return m.body.length;
}
log(len({ t: 'ping' }));
