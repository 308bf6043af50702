/* TRUTH: racy — T2 writes a[3], read by qsort */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int a[8]={4,3,2,1,8,7,6,5}; static int cmp(const void *x,const void *y){ return *(const int*)x - *(const int*)y; }
void *t1(void *arg){ (void)arg; qsort(a, 4, sizeof(int), cmp); return 0; }
void *t2(void *arg){ (void)arg; a[3] = 9; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
