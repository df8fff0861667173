export default function namedFn(): string {
  return "named";
}
