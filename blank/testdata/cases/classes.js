         class A    extends Base                       {
                   x         = 1;
                    
  static z         ;
  w         ;
            static          s = 2;
         constructor(a        ) { super(); }
                     
                     
  get v()         { return 1 }
  set v(value        ) {}
           n   (a   )    { return a      }
                   
  ;      [Symbol.iterator]() {}
  ;       *gen() {}
  ;      in() {}
          get;       ;
  set;       ;
  static;        ;
         async am()                {}
             
  o() {}
  #priv         ;
  private
  newline = 1;
         static async *ag() {}
}
export default          class B {}
export          class C {}
const D = class                  { x    }
class E {                constructor(a      ) {} }
