type Fish = { swim(): void };
type Bird = { fly(): void };
function move(p: Fish | Bird): void {
  if ('swim' in p) {
    p.fly();
  }
}
