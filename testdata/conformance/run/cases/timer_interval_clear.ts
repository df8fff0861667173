// setInterval repeats until cleared; clearTimeout also clears an interval.
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
  if (m === 2) {
    clearTimeout(iv2);
    console.log("second interval cleared with clearTimeout after", m);
  }
}, 3);
