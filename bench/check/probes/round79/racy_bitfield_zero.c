/* TRUTH: racy — no :0 separator, a and b share a memory location */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct B{unsigned a:4; unsigned b:4;}; struct B g;
void *t1(void *arg){ (void)arg; g.a = 1; return 0; }
void *t2(void *arg){ (void)arg; g.b = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
