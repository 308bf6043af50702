/* TRUTH: free — g(restrict p,q) on &a,&b; T2 writes c */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int a, b, c; static void g(int *restrict p, int *restrict q){ *p += 1; *q += 1; }
void *t1(void *arg){ (void)arg; g(&a,&b); return 0; }
void *t2(void *arg){ (void)arg; c = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
