type Dir = 'up' | 'down' | 'left';
function dx(d: Dir): number {
  switch (d) {
    case 'up':
      return 0;
    case 'down':
      return 0;
  }
}
