/* TRUTH: free — t1 writes recs[0].a (line 5), t2 writes recs[0].b and recs[1].a (line 6): all distinct members. */
#include <pthread.h>
struct rec { int a; int b; } recs[2];
void *t1(void *x) {
  recs[0].a = 1; return 0; }
void *t2(void *x) { recs[0].b = 2; recs[1].a = 3; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return recs[0].a; }
