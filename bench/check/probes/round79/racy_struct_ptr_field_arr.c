/* TRUTH: racy — T2 writes items[1] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct H{int n; int *items;}; struct H *h; int items[4];
void *t1(void *arg){ (void)arg; h->items[1] = 1; return 0; }
void *t2(void *arg){ (void)arg; items[1] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  h=malloc(sizeof *h); h->items=items;
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
