// Extra arguments of setTimeout, setInterval, setImmediate and nextTick.
// (Scheduled from a timer callback, so the immediate deterministically runs
// before the new timers.)
setTimeout(() => {
  setTimeout((a: string, b: number) => console.log("timeout", a, b), 0, "x", 1);
  setImmediate((...args: unknown[]) => console.log("immediate", args), "y", 2, [3]);
  process.nextTick((a: string) => console.log("tick", a), "z");
  const iv = setInterval(
    (label: string) => {
      console.log("interval", label);
      clearInterval(iv);
    },
    1,
    "once",
  );
}, 0);
