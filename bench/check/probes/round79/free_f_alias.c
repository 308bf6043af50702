/* TRUTH: free — T1 calls f(&x,&y) writing *q==y; T2 writes x */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int x, y; static void f(int *p, int *q){ (void)p; *q = 1; }
void *t1(void *arg){ (void)arg; f(&x,&y); return 0; }
void *t2(void *arg){ (void)arg; x = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
