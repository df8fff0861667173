interface Conf {
  port: number;
}
const c = { port: '80' } satisfies Conf;
