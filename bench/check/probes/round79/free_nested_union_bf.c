/* TRUTH: free — union with struct of two bitfields {a:4;:0;b:4}: a and b separate; T1 a, T2 b */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
union U{struct{unsigned a:4; unsigned :0; unsigned b:4;} s; unsigned w;}; union U u;
void *t1(void *arg){ (void)arg; u.s.a = 1; return 0; }
void *t2(void *arg){ (void)arg; u.s.b = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
