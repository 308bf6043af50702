/* TRUTH: free — T1 writes byte 0 of x, T2 writes byte 1: distinct memory locations */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int x;
void *t1(void *arg){ (void)arg; ((char*)&x)[0] = 1; return 0; }
void *t2(void *arg){ (void)arg; ((char*)&x)[1] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
