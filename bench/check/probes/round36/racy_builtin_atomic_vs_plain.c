/* TRUTH: racy — bump does __atomic_fetch_add(&hits, 1) but reset writes hits = 0 with a plain store; the plain write races with the atomic RMW in the other thread. */
#include <pthread.h>
static int hits;
static void *bump(void *p) { __atomic_fetch_add(&hits, 1, __ATOMIC_RELAXED); return 0; }
static void *reset(void *p) { hits = 0; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, bump, 0);
  pthread_create(&b, 0, reset, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return hits;
}
