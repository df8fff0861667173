export default function () {
  return "fn";
}
