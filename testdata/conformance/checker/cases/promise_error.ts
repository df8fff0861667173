async function load(): Promise<number> {
  return 'x';
}
async function main(): Promise<void> {
  const n: string = await load();
}
