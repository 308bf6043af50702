/* TRUTH: racy — counter uses __sync_fetch_and_add while resetter does a plain counter = 0 concurrently */
#include <pthread.h>
static int counter;
static void *counter_fn(void *p) { (void)p; for (int i = 0; i < 10; i++) __sync_fetch_and_add(&counter, 1); return 0; }
static void *resetter(void *p) { (void)p; counter = 0; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, counter_fn, 0); pthread_create(&b, 0, resetter, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return counter;
}
