let x = 1
;             
(foo)
let y = a
;              
[1].map(f)
let z = b
;               
`t`
let w = c
;                      
+1
let v = e
;                
-2
let q = y ;     
[1]
let r = y ;            
(2)
let s = y         
[3]
if (x) ;         
else ;             
for (;;) ;                    
while (0) ;         
                           
function g(a     ) {}
(g)
let u = f   
(x)
