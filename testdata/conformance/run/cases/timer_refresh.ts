// refresh() restarts a timer from now with its original delay.
const t = setTimeout(() => console.log("refreshed timer"), 200);
setTimeout(() => {
  console.log("refresh at ~100");
  console.log(t.refresh() === t);
}, 100);
setTimeout(() => console.log("marker at 250"), 250);
