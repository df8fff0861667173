declare function log(...args: unknown[]): void;
async function load(): Promise<number> {
  return 1;
}
async function main(): Promise<string> {
  const n = await load();
  const all = await Promise.all([load(), load()]);
  return n.toFixed() + all.length;
}
main().then((s) => log(s.length));
