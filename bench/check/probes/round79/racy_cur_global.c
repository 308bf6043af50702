/* TRUTH: racy — T2 writes s2.v */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct S{int v;}; struct S s1, s2; struct S *cur=&s1;
void *t1(void *arg){ (void)arg; cur->v = 1; return 0; }
void *t2(void *arg){ (void)arg; s2.v = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  cur=&s2;
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
