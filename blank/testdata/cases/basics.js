                             
import {         c } from "./b";
                             
                         
                         
                        
let a         = 1, b         ;
function f                  (              x    , ...rest          )                 {}
                            
function g(a     ) {}
class C    extends Base                    {
                   x         = 1;
                    
  static z         ;
  w         ;
         constructor(q        ) { super(); }

  get v()         { return 1 }
           n   (a   )    { return a      }
                   
}
const o = f        (x )            ;
const arr = (a        )         => String(a);
const arr2 = async     (a   ) => a;

                             
let q = a                     
foo()
