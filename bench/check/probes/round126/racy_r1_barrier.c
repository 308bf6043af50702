/* TRUTH: racy — w1 stores started=0 before the barrier; after it main reads 0, skips joining w2, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t1, t2;
pthread_barrier_t b;
void *w1(void *a) { started = 0; pthread_barrier_wait(&b); return 0; }
void *w2(void *a) { x = 1; return 0; }
int main(void) {
  pthread_barrier_init(&b, 0, 2);
  started = 1;
  pthread_create(&t2, 0, w2, 0);
  pthread_create(&t1, 0, w1, 0);
  pthread_barrier_wait(&b);
  if (started) pthread_join(t2, 0);
  x = 2;
  pthread_join(t1, 0);
  return 0;
}
