/* TRUTH: racy — both write f->d[0] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct F{int n; int d[];}; struct F *f;
void *t1(void *arg){ (void)arg; f->d[0] = 1; return 0; }
void *t2(void *arg){ (void)arg; f->d[0] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  f=malloc(sizeof(struct F)+4*sizeof(int));
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
