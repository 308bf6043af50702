/* TRUTH: free — main fills msg[] then sets ready=1 under m and signals; consumer waits under m for ready then reads msg[] (ordered by the mutex release/acquire) */
#include <pthread.h>
#include <stdio.h>
int msg[8]; int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static void *consumer(void *x) {
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  long s = 0; for (int i = 0; i < 8; i++) s += msg[i];
  return (void *)s;
}
int main(void) {
  pthread_t t; void *r;
  pthread_create(&t, 0, consumer, 0);
  for (int i = 0; i < 8; i++) msg[i] = i;
  pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m);
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
