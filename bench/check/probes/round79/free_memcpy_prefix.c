/* TRUTH: free — memcpy copies offsetof(S,b) bytes (only a) into dst; T2 writes dst.b */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct S{int a; int b;}; struct S dst, src;
void *t1(void *arg){ (void)arg; memcpy(&dst,&src,offsetof(struct S,b)); return 0; }
void *t2(void *arg){ (void)arg; dst.b = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
