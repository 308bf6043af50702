/* TRUTH: free — each call locks the same object it writes (p->lk == p->dst): ob.v is written under ob.m, oa.v under oa.m (line 6). */
#include <pthread.h>
struct obj { pthread_mutex_t m; int v; } oa = { PTHREAD_MUTEX_INITIALIZER, 0 }, ob = { PTHREAD_MUTEX_INITIALIZER, 0 };
struct pair { struct obj *lk, *dst; };
void *move(void *arg) { struct pair *p = arg; pthread_mutex_lock(&p->lk->m);
  p->dst->v++; pthread_mutex_unlock(&p->lk->m); return 0; }
int main(void) { pthread_t x, y; struct pair p1 = { &ob, &ob }, p2 = { &ob, &ob };
  pthread_create(&x, 0, move, &p1); pthread_create(&y, 0, move, &p2); pthread_join(x, 0); pthread_join(y, 0); return ob.v; }
