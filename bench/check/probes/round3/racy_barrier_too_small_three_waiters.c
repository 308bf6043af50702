/* TRUTH: racy. Barrier count 2 but three waiters: rd and other can pass together while wr is
   still writing g (wr then blocks forever). */
#include <pthread.h>
static int g;
static pthread_barrier_t bar;
static void *wr(void *v) { (void)v; g = 1; pthread_barrier_wait(&bar); return NULL; }
static void *rd(void *v) { (void)v; pthread_barrier_wait(&bar); return (void *)(long)g; }
static void *other(void *v) { (void)v; pthread_barrier_wait(&bar); return NULL; }
int main(void) {
  pthread_t t1, t2, t3;
  pthread_barrier_init(&bar, NULL, 2);
  pthread_create(&t1, NULL, wr, NULL);
  pthread_create(&t2, NULL, rd, NULL);
  pthread_create(&t3, NULL, other, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  pthread_join(t3, NULL);
  return g;
}
