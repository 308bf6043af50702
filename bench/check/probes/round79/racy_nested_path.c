/* TRUTH: racy — T2 writes q->b with q==&p->a, same int as T1 p->a.b */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct I{int b; int c;}; struct O{struct I a; int d;}; struct O g; struct O *p=&g; struct I *q;
void *t1(void *arg){ (void)arg; p->a.b = 1; return 0; }
void *t2(void *arg){ (void)arg; q->b = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  q=&g.a;
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
