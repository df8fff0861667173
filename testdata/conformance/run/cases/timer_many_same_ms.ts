// A thousand timers with assorted delays all fire once; those with the
// same delay (0 and 1 are the same) fire in creation order.
const fired: number[] = [];
for (let i = 0; i < 1000; i++) {
  const delay = (i * 7) % 4; // 0..3 ms
  setTimeout(() => fired.push(i), delay);
}
setTimeout(() => {
  console.log(fired.length, new Set(fired).size);
  const zeros = fired.filter((i) => (i * 7) % 4 <= 1);
  console.log(zeros.slice(0, 10), zeros.every((v, k) => k === 0 || zeros[k - 1] < v));
}, 30);
