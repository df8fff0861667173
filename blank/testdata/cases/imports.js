                             
                         
                              
import {         e } from "./d";
import { f,        } from "./f";
import {        } from "./h";
import i, {              l } from "./i";
                             
                         
                              
export {         q };
export { r,             };
                     
                  
                               
                                  
                             
                             
export const a1 = 1;
                                    
export function f2(a     ) {}
