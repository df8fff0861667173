// Promise.all / race / allSettled / any keep input order, not completion order.
const delay = <T>(ms: number, v: T): Promise<T> => new Promise((r) => setTimeout(() => r(v), ms));
async function main(): Promise<void> {
  console.log(await Promise.all([delay(30, "slow"), delay(1, "fast"), "plain"]));
  console.log(await Promise.race([delay(30, "slow"), delay(1, "fast")]));
  console.log(await Promise.allSettled([delay(1, 1), Promise.reject(new Error("no"))]));
  console.log(await Promise.any([Promise.reject(1), delay(5, "any")]));
  try {
    await Promise.all([delay(5, 1), Promise.reject(new Error("all fails"))]);
  } catch (e) {
    console.log("all rejected:", (e as Error).message);
  }
}
main();
