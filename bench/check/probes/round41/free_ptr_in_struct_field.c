/* TRUTH: free — ctx.target is &h (set in main before create); t1 writes *ctx.target (= h, line 5), t2 writes g (line 6): different objects. */
#include <pthread.h>
int g, h;
struct ctx { int *target; } ctx;
void *t1(void *a) { *ctx.target = 1; return 0; }
void *t2(void *a) { g = 2; return 0; }
int main(void) { pthread_t p, q; ctx.target = &h;
  pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return g; }
