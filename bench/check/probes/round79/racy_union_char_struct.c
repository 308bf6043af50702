/* TRUTH: racy — c[3] is last byte of s.a */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
union U{char c[8]; struct{int a; int b;} s;}; union U u;
void *t1(void *arg){ (void)arg; u.c[3] = 'x'; return 0; }
void *t2(void *arg){ (void)arg; u.s.a = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
