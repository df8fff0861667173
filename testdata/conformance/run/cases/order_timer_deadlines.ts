// Timers fire by deadline; 0 and 1 ms are the same delay, so creation order
// decides between them.
const t0 = (label: string, ms: number) => setTimeout(() => console.log(label), ms);
t0("60ms", 60);
t0("1ms", 1);
t0("30ms", 30);
t0("0ms", 0);
t0("1ms again", 1);
