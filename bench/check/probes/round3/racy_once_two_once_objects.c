/* TRUTH: racy. Two different once objects run the same init concurrently (cfg written twice). */
#include <pthread.h>
static int cfg;
static pthread_once_t o1 = PTHREAD_ONCE_INIT, o2 = PTHREAD_ONCE_INIT;
static void init(void) { cfg++; }
static void *a(void *v) { (void)v; pthread_once(&o1, init); return NULL; }
static void *b(void *v) { (void)v; pthread_once(&o2, init); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, a, NULL);
  pthread_create(&t2, NULL, b, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return cfg;
}
