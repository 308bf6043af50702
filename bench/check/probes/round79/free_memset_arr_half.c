/* TRUTH: free — memset first half of arr (sizeof arr/2); T2 writes arr[4] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int arr[8];
void *t1(void *arg){ (void)arg; memset(arr, 0, sizeof arr / 2); return 0; }
void *t2(void *arg){ (void)arg; arr[4] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
