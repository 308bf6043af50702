/* TRUTH: free — (S*)((char*)p+sizeof(S)) == p+1 == &s[1]; T2 writes s[0].v */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct S{int v; int w;}; struct S s[2]; struct S *p=s;
void *t1(void *arg){ (void)arg; ((struct S*)((char*)p + sizeof(struct S)))->v = 1; return 0; }
void *t2(void *arg){ (void)arg; s[0].v = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
