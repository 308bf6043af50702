/* TRUTH: racy — T2 writes m[1][2] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int m[4][4]; int (*row)[4]=&m[1];
void *t1(void *arg){ (void)arg; (*row)[2] = 1; return 0; }
void *t2(void *arg){ (void)arg; m[1][2] = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
