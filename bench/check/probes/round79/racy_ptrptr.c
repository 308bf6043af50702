/* TRUTH: racy — T2 writes y */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int x, y; int *gp=&x; int **pp=&gp;
void *t1(void *arg){ (void)arg; *gp = 1; return 0; }
void *t2(void *arg){ (void)arg; y = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  *pp=&y;
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
