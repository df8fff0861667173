namespace N {
  let x: number;
}
