// refresh() restarts a timer from now with its original delay.
const t = setTimeout(() => console.log("refreshed timer"), 100);
setTimeout(() => {
  console.log("refresh at ~50");
  console.log(t.refresh() === t);
}, 50);
setTimeout(() => console.log("marker at 120"), 120);
