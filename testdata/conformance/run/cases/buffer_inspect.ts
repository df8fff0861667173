// How Buffers print.
console.log(Buffer.from("hi"));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(60, 1));
console.log({ buf: Buffer.from([1, 2, 3]) });
console.log([Buffer.from("x")]);
console.log(String(Buffer.from("as string")));
console.log(JSON.stringify(Buffer.from("js")));
console.log(Buffer.from("ab").toJSON());
console.log(new Uint8Array(Buffer.from("u8")));
