/* TRUTH: racy — T2 writes arr[0] which aliases x */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct T{int tag; union{ struct{int x; int y;}; int arr[2]; };}; struct T t;
void *t1(void *arg){ (void)arg; t.x = 1; return 0; }
void *t2(void *arg){ (void)arg; t.arr[0] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
