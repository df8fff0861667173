declare function log(...args: unknown[]): void;
interface Opts {
  verbose?: boolean;
  name: string;
  tags?: string[];
}
const a: Opts = { name: 'x' };
const b: Opts = { name: 'y', verbose: true };
function run(o: Opts): string {
  return o.tags?.join(',') ?? o.name;
}
log(run(a), run(b));
