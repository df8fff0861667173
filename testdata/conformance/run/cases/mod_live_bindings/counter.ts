export let count = 0;
export function increment(): void {
  count++;
}
export let current = (): string => "first";
export function replace(): void {
  current = () => "second";
  count = 100;
}
