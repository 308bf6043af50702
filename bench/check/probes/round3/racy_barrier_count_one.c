/* TRUTH: racy. Barrier count 1: every wait returns immediately, so it orders nothing. */
#include <pthread.h>
static int g;
static pthread_barrier_t bar;
static void *wr(void *v) { (void)v; g = 1; pthread_barrier_wait(&bar); return NULL; }
static void *rd(void *v) { (void)v; pthread_barrier_wait(&bar); return (void *)(long)g; }
int main(void) {
  pthread_t t1, t2;
  pthread_barrier_init(&bar, NULL, 1);
  pthread_create(&t1, NULL, wr, NULL);
  pthread_create(&t2, NULL, rd, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
