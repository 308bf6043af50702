/* TRUTH: racy — volatile is not atomic: the writer's stores to ready/result and the reader's spin reads of ready race */
#include <pthread.h>
static volatile int ready;
static int result;
static void *compute(void *p) { (void)p; result = 6 * 7; ready = 1; return 0; }
static void *await(void *p) { (void)p; while (!ready) ; return (void *)(long)result; }
int main(void) {
  pthread_t a, b;
  pthread_create(&b, 0, await, 0); pthread_create(&a, 0, compute, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
