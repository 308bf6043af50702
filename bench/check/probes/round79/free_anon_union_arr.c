/* TRUTH: free — anonymous struct{x,y} overlaps arr[2]; arr[1] aliases y, T1 writes x */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct T{int tag; union{ struct{int x; int y;}; int arr[2]; };}; struct T t;
void *t1(void *arg){ (void)arg; t.x = 1; return 0; }
void *t2(void *arg){ (void)arg; t.arr[1] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
