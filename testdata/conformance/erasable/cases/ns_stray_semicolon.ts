namespace N {
  ;
}
