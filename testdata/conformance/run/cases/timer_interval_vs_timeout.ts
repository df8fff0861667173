// An interval interleaves with a timeout by deadline.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("interval", n);
  if (n === 3) clearInterval(iv);
}, 200);
setTimeout(() => console.log("timeout at 500"), 500);
