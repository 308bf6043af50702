/* TRUTH: free — zero-width bitfield :0 separates a and b into distinct memory locations */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct B{unsigned a:4; unsigned :0; unsigned b:4;}; struct B g;
void *t1(void *arg){ (void)arg; g.a = 1; return 0; }
void *t2(void *arg){ (void)arg; g.b = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
