interface Config {
  host: string;
}
interface Config {
  port: number;
}
const c: Config = { host: 'h' };
