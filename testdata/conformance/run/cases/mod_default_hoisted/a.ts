import "./b.ts";
console.log("a body");
export default function () {
  return "from a";
}
