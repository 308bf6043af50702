/* TRUTH: racy — T2 writes buf[7] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
char buf[16]; char src[4]="abc";
void *t1(void *arg){ (void)arg; memcpy(buf+4, src, 4); return 0; }
void *t2(void *arg){ (void)arg; buf[7] = 'x'; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
