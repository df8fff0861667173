console.log("esm body");
export const value = 42;
export default function greet(): string {
  return "hi";
}
