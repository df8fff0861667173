declare function log(...args: unknown[]): void;
type Dir = 'up' | 'down';
function dy(d: Dir): number {
  switch (d) {
    case 'up':
      return -1;
    case 'down':
      return 1;
  }
}
function name(b: boolean): string {
  if (b) {
    return 'yes';
  } else {
    return 'no';
  }
}
log(dy('up'), name(true));
