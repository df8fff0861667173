console.log("lib body");
export interface Options {
  loud: boolean;
}
export const VERSION: string = "1.2.3";
export let counter = 0;
export function increment(): void {
  counter++;
}
export default function greet(name: string, o: Options): string {
  const s = `hello, ${name}`;
  return o.loud ? s.toUpperCase() : s;
}
