#!/usr/bin/env node
let a         = 1, b         , [c, d]           = [1, 2], { e }                = { e: 1 };
function f                       (              x    , { y }                 = {}, ...rest          )                 {}
function g(          ) {}
const o = {
  get x(         )         { return 1 },
  set x(           v        ) {},
  m   (a   )    { return a },
  async *n()                         {},
};
const p = f        (x )            ;
const q = new Map                ();
const r = a?.b .c ;
const s = tag        `x${1}`;
const t = a   (c);
const u = f        ;
try {} catch (err         ) {}
for (const k of list            ) {}
                                             
                                      
                                        
                                                     
                                    
                     
                   
                            
                                   
label:             
const w = (x       ) .y          ;
const y = x ;
const z = obj.m        ?.();
let é            = "x", 𝒳    ﻿  = "y";
