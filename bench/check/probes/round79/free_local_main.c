/* TRUTH: free — each thread gets &loc[i] of main local array; writes distinct elements */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct Arg{int *p;};
void *t1(void *arg){ (void)arg; *((struct Arg*)arg)->p = 1; return 0; }
void *t2(void *arg){ (void)arg; *((struct Arg*)arg)->p = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  int loc[2]={0,0}; struct Arg a0={&loc[0]}, a1={&loc[1]};
  pthread_create(&ta,0,t1,&a0); pthread_create(&tb,0,t2,&a1);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
