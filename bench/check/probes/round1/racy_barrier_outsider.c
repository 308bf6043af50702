/* TRUTH: racy. Barrier orders t0 and t1, but a third thread that never waits writes x. */
#include <pthread.h>
int x;
pthread_barrier_t bar;
void *t0(void *arg) { x = 1; pthread_barrier_wait(&bar); return NULL; }
void *t1(void *arg) { pthread_barrier_wait(&bar); x = 2; return NULL; }
void *t2(void *arg) { x = 3; return NULL; }
int main(void) {
  pthread_t a, b, c;
  pthread_barrier_init(&bar, NULL, 2);
  pthread_create(&a, NULL, t0, NULL);
  pthread_create(&b, NULL, t1, NULL);
  pthread_create(&c, NULL, t2, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL); pthread_join(c, NULL);
  return 0;
}
