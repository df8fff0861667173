// EventTarget and Event.
const target = new EventTarget();
const handler = (e: Event) => console.log("got", e.type, e instanceof Event, e.target === target);
target.addEventListener("ping", handler);
target.addEventListener("ping", handler);
target.addEventListener("ping", { handleEvent: (e: Event) => console.log("object listener", e.type) });
target.addEventListener("once", () => console.log("once listener"), { once: true });
console.log(target.dispatchEvent(new Event("ping")));
target.dispatchEvent(new Event("once"));
target.dispatchEvent(new Event("once"));
target.removeEventListener("ping", handler);
target.dispatchEvent(new Event("ping"));
const ev = new Event("x", { cancelable: true });
target.addEventListener("x", (e) => e.preventDefault());
console.log(target.dispatchEvent(ev), ev.defaultPrevented);
const ce = new CustomEvent("c", { detail: { n: 1 } });
console.log(ce.detail);
