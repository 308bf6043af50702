/* TRUTH: racy. Reader reads cfg without calling pthread_once; initializer thread writes it. */
#include <pthread.h>
static int cfg;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void init(void) { cfg = 42; }
static void *a(void *v) { (void)v; pthread_once(&once, init); return NULL; }
static void *b(void *v) { (void)v; return (void *)(long)cfg; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, a, NULL);
  pthread_create(&t2, NULL, b, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
