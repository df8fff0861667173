// A TypeError raised by the engine itself, caught and uncaught.
const maybe: { x?: { y: number } } = {};
try {
  console.log((maybe as any).x.y);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
try {
  (undefined as any)();
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
try {
  null!.toString();
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).message);
}
const notFn: any = 5;
notFn();
