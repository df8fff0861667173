// AbortController and AbortSignal.
const ac = new AbortController();
const signal = ac.signal;
console.log(signal.aborted, signal.reason);
signal.addEventListener("abort", (ev: Event) => console.log("listener", ev.type), { once: true });
signal.onabort = () => console.log("onabort");
ac.abort();
ac.abort();
console.log(signal.aborted, (signal.reason as Error).name, (signal.reason as Error).message);
const ac2 = new AbortController();
ac2.abort("custom reason");
console.log(ac2.signal.reason);
try {
  ac2.signal.throwIfAborted();
} catch (e) {
  console.log("thrown:", e);
}
const pre = AbortSignal.abort();
console.log(pre.aborted, (pre.reason as DOMException).name);
const t = AbortSignal.timeout(5);
t.addEventListener("abort", () => {
  console.log("timeout signal", (t.reason as DOMException).name, (t.reason as DOMException).message);
  setTimeout(() => {}, 1);
});
setTimeout(() => {}, 30);
