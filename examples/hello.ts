// The smallest tsrun program: typed code that prints a greeting.
//
//	tsrun examples/hello.ts [name]
interface Greeting {
  name: string;
  punctuation: "!" | ".";
}

function greet({ name, punctuation }: Greeting): string {
  return `Hello, ${name}${punctuation}`;
}

const name: string = process.argv[2] ?? "world";
console.log(greet({ name, punctuation: "!" }));
