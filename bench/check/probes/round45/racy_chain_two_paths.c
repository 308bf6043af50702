/* TRUTH: racy — a->c and b->c point to the same C; thread A writes a->c->x, thread B writes b->c->x */
#include <pthread.h>
struct C { int x; };
struct A { struct C *c; };
struct B { int tag; struct C *c; };
struct C cc; struct A aa; struct B bb;
void *wa(void *p){ struct A *a = p; a->c->x = 1; return 0; }
void *wb(void *p){ struct B *b = p; b->c->x = 2; return 0; }
int main(void){
  aa.c = &cc; bb.c = &cc;
  pthread_t t1, t2;
  pthread_create(&t1,0,wa,&aa); pthread_create(&t2,0,wb,&bb);
  pthread_join(t1,0); pthread_join(t2,0);
  return cc.x;
}
