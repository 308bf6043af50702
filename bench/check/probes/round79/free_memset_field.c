/* TRUTH: free — T1 memsets only s.a (sizeof s.a), T2 writes s.b */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct S{int a; int b;}; struct S s;
void *t1(void *arg){ (void)arg; memset(&s.a,0,sizeof s.a); return 0; }
void *t2(void *arg){ (void)arg; s.b = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
