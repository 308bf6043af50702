/* TRUTH: racy. One worker reads `table` WITHOUT calling pthread_once first, while the
   other may be running the initializer. */
#include <pthread.h>
pthread_once_t once = PTHREAD_ONCE_INIT;
int table[4];
static void init(void) { table[2] = 6; }
void *good(void *arg) { pthread_once(&once, init); return (void *)(long)table[2]; }
void *bad(void *arg) { return (void *)(long)table[2]; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, good, NULL);
  pthread_create(&b, NULL, bad, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
