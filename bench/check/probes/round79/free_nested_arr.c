/* TRUTH: free — T1 writes o.in[0].v[1], T2 writes o.in[1].v[0] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct O{struct{int v[2];} in[2];}; struct O o;
void *t1(void *arg){ (void)arg; o.in[0].v[1] = 1; return 0; }
void *t2(void *arg){ (void)arg; o.in[1].v[0] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
