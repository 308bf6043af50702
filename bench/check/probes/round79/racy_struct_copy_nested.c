/* TRUTH: racy — T2 writes s.in.z, read by the copy */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct In{int z; int w;}; struct S{struct In in; int out;}; struct S s; struct In cp;
void *t1(void *arg){ (void)arg; cp = s.in; return 0; }
void *t2(void *arg){ (void)arg; s.in.z = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
