// A worker loop whose timer callback throws: the process dies with the error.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("tick", n);
  if (n === 3) {
    clearInterval(iv);
    setTimeout(() => {
      const job = { id: 7, payload: null as null | { size: number } };
      console.log("processing job", job.id);
      if (!job.payload) throw new TypeError(`job ${job.id} has no payload`);
    }, 1);
  }
}, 2);
process.on("exit", (c) => console.log("exit code", c));
