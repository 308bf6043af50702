// racy: barrier count 2 but three threads wait; t1 and t2 can pass together before t0 writes x, then read x concurrently with t0's write.
#include <pthread.h>
pthread_barrier_t bar;
int x;
void *t0(void *a) { x = 5; pthread_barrier_wait(&bar); return 0; }
void *t1(void *a) { pthread_barrier_wait(&bar); return (void *)(long)x; }
int main(void) {
  pthread_t a, b, c;
  pthread_barrier_init(&bar, 0, 2);
  pthread_create(&a, 0, t0, 0);
  pthread_create(&b, 0, t1, 0);
  pthread_create(&c, 0, t1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(c, 0);
  return 0;
}
