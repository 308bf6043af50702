/* TRUTH: free — T1 writes p->a.b, T2 writes q->c with q==&p->a: distinct fields b and c */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct I{int b; int c;}; struct O{struct I a; int d;}; struct O g; struct O *p=&g; struct I *q;
void *t1(void *arg){ (void)arg; p->a.b = 1; return 0; }
void *t2(void *arg){ (void)arg; q->c = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  q=&g.a;
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
