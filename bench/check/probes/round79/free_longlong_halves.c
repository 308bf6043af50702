/* TRUTH: free — union: T1 writes h[0], T2 writes h[1] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
union U{long long l; int h[2];}; union U u;
void *t1(void *arg){ (void)arg; u.h[0] = 1; return 0; }
void *t2(void *arg){ (void)arg; u.h[1] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
