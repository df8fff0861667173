// An interval interleaves with a timeout by deadline.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("interval", n);
  if (n === 3) clearInterval(iv);
}, 40);
setTimeout(() => console.log("timeout at 100"), 100);
