// free: thread 0 writes x before the barrier; thread 1 reads x after the barrier (count 2).
#include <pthread.h>
pthread_barrier_t bar;
int x;
void *t0(void *a) { x = 5; pthread_barrier_wait(&bar); return 0; }
void *t1(void *a) { pthread_barrier_wait(&bar); return (void *)(long)x; }
int main(void) {
  pthread_t a, b;
  pthread_barrier_init(&bar, 0, 2);
  pthread_create(&a, 0, t0, 0);
  pthread_create(&b, 0, t1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
