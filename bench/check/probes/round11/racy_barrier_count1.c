// racy: barrier initialised with count 1, so each wait returns at once and orders nothing; t1 reads x while t0 writes it.
#include <pthread.h>
pthread_barrier_t bar;
int x;
void *t0(void *a) { x = 5; pthread_barrier_wait(&bar); return 0; }
void *t1(void *a) { pthread_barrier_wait(&bar); return (void *)(long)x; }
int main(void) {
  pthread_t a, b;
  pthread_barrier_init(&bar, 0, 1);
  pthread_create(&a, 0, t0, 0);
  pthread_create(&b, 0, t1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
