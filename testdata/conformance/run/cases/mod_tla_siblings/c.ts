console.log("c start");
await null;
console.log("c end");
