/* TRUTH: racy — thread a updates ctr with __atomic_fetch_add while thread b does a plain ctr++ concurrently (one access not atomic) */
#include <pthread.h>
static int ctr;
static void *a_fn(void *p) { (void)p; __atomic_fetch_add(&ctr, 1, __ATOMIC_SEQ_CST); return 0; }
static void *b_fn(void *p) { (void)p; ctr++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, a_fn, 0); pthread_create(&b, 0, b_fn, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return ctr;
}
