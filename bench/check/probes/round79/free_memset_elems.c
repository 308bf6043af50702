/* TRUTH: free — memset(&arr[1],0,sizeof arr[1]); T2 writes arr[2].x */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct E{int x; int y;}; struct E arr[4];
void *t1(void *arg){ (void)arg; memset(&arr[1],0,sizeof arr[1]); return 0; }
void *t2(void *arg){ (void)arg; arr[2].x = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
