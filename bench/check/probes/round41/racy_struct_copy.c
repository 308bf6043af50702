/* TRUTH: racy — t1 copies the whole struct `cur` (line 6, reads cur.y) while t2 writes cur.y (line 7). */
#include <pthread.h>
struct pt { int x, y; };
struct pt cur, snap;
void *t1(void *a) {
  snap = cur; return 0; }
void *t2(void *a) { cur.y = 7; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return snap.y; }
