declare function log(...args: unknown[]): void;
interface Config {
  host: string;
}
interface Config {
  port: number;
}
const c: Config = { host: 'h', port: 1 };
log(c.host, c.port);
