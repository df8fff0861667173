// setInterval repeats until cleared; clearTimeout also clears an interval,
// and clearing inside the callback stops it at once. (Each interval only
// prints its own lines at the end: two intervals' relative order at a
// shared millisecond is not something Node fixes.)
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("tick", n);
  if (n === 3) {
    clearInterval(iv);
    console.log("cleared");
  }
}, 2);
let m = 0;
const iv2 = setInterval(() => {
  m++;
  if (m === 2) clearTimeout(iv2);
}, 3);
setTimeout(() => console.log("second interval ran", m, "times; first", n, "times"), 200);
