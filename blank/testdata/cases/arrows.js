const f = (a          
       ) => "x"
const g = async (
   
  v   ) => v;
function h() {
  return (  
     v   ) => v;
}
function* i() {
  yield (  
     v   ) => v;
}
function j() {
  throw (  
     v   )    => v;
}
const k = ()                => ({ a: 1 })
const l = (x         , ...rest          )              => true
const m =     (x   )    => x
const n = async (x        )                => {}
const o = (a        )      => "é"
const p = (   
     ) => "日本"
