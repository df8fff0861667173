// Since Node 11, ticks and promise jobs drain after every single timer
// callback, not after the whole timers phase.
for (let i = 1; i <= 3; i++) {
  setTimeout(() => {
    console.log(`timer ${i}`);
    process.nextTick(() => console.log(`  tick ${i}`));
    Promise.resolve().then(() => console.log(`  promise ${i}`));
  }, 0);
}
