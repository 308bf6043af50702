/* TRUTH: free — T1 memcpy fills buf[0..3], T2 writes buf[4] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int buf[8]; int src[8];
void *t1(void *arg){ (void)arg; memcpy(buf, src, 4*sizeof(int)); return 0; }
void *t2(void *arg){ (void)arg; buf[4] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
