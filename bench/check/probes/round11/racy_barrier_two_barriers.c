// racy: t0 waits on barrier b1 and t1 on barrier b2 (each count 1); they never synchronize with each other.
#include <pthread.h>
pthread_barrier_t b1, b2;
int x;
void *t0(void *a) { x = 5; pthread_barrier_wait(&b1); return 0; }
void *t1(void *a) { pthread_barrier_wait(&b2); return (void *)(long)x; }
int main(void) {
  pthread_t a, b;
  pthread_barrier_init(&b1, 0, 1);
  pthread_barrier_init(&b2, 0, 1);
  pthread_create(&a, 0, t0, 0);
  pthread_create(&b, 0, t1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
