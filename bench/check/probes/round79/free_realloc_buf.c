/* TRUTH: free — after realloc before threads, T1 p[0], T2 p[1] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int *p;
void *t1(void *arg){ (void)arg; p[0] = 1; return 0; }
void *t2(void *arg){ (void)arg; p[1] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  p=malloc(2*sizeof(int)); p=realloc(p, 8*sizeof(int));
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
