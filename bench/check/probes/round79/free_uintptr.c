/* TRUTH: free — ip holds address of y; T2 writes *(int*)ip; T1 writes x */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int x, y; uintptr_t ip;
void *t1(void *arg){ (void)arg; x = 1; return 0; }
void *t2(void *arg){ (void)arg; *(int*)ip = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  ip=(uintptr_t)&y;
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
