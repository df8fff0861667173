namespace Ünïcödé {
  export const x = 1;
}
