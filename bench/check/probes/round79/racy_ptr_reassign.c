/* TRUTH: racy — gp reassigned to &a before T2 created, T2 writes a */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int a, b; int *gp;
void *t1(void *arg){ (void)arg; a = 1; return 0; }
void *t2(void *arg){ (void)arg; *gp = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  gp=&a;
  pthread_create(&ta,0,t1,0);
  gp=&a;
  pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
