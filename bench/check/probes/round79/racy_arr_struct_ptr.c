/* TRUTH: racy — T2 writes ((s+1)-1)->x == s[0].x */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct S{int x; int y;}; struct S s[2];
void *t1(void *arg){ (void)arg; s[0].x = 1; return 0; }
void *t2(void *arg){ (void)arg; ((s+1)-1)->x = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
