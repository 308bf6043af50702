/* TRUTH: free — T1 writes bf.a (bitfield), T2 writes plain int c: distinct memory locations */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct B{struct{unsigned a:4; unsigned b:4;} bf; int c;}; struct B g;
void *t1(void *arg){ (void)arg; g.bf.a = 1; return 0; }
void *t2(void *arg){ (void)arg; g.c = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
