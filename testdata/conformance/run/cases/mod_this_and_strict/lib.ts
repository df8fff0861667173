export function check(): boolean {
  return (function (this: unknown) {
    return this === undefined;
  })();
}
