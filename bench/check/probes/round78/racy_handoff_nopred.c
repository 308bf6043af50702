/* TRUTH: racy — consumer waits on the condvar with no predicate (and spurious wakeups allowed); main writes msg[] before signaling, but a spurious wakeup lets consumer read msg[] concurrently. (If main signals first consumer would block forever, so main signals repeatedly until consumer acks via done) */
#include <pthread.h>
#include <stdio.h>
#include <sched.h>
int msg[8]; int ready; int done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static void *consumer(void *x) {
  pthread_mutex_lock(&m);
  pthread_cond_wait(&c, &m);
  done = 1;
  pthread_mutex_unlock(&m);
  long s = 0; for (int i = 0; i < 8; i++) s += msg[i];
  return (void *)s;
}
int main(void) {
  pthread_t t; void *r;
  pthread_create(&t, 0, consumer, 0);
  for (int i = 0; i < 8; i++) msg[i] = i;
  for (int k = 0; ; k++) { pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); int d = done; pthread_mutex_unlock(&m); if (d) break; sched_yield(); }
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
