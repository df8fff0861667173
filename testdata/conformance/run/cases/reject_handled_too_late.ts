// A rejection handled only in a later timer is already unhandled: the
// process dies before the handler is attached.
const p = Promise.reject(new Error("late"));
setTimeout(() => {
  p.catch(() => console.log("too late"));
}, 1);
