/* TRUTH: racy. t0 waits at the barrier only on some runs; when it skips the wait it
   writes `x` at the same time as t1 writes it before its own wait. */
#include <pthread.h>
extern int nondet(void);
int x;
pthread_barrier_t bar;
void *t0(void *arg) { if (nondet()) pthread_barrier_wait(&bar); x = 1; return NULL; }
void *t1(void *arg) { x = 2; pthread_barrier_wait(&bar); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_barrier_init(&bar, NULL, 2);
  pthread_create(&a, NULL, t0, NULL);
  pthread_create(&b, NULL, t1, NULL);
  pthread_join(a, NULL);
  return 0;
}
