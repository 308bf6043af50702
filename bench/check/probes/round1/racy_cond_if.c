/* TRUTH: racy. The consumer waits with `if` instead of `while`: a spurious wake-up
   (allowed by POSIX) lets it read `big` while the producer is still writing it. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int big, full;
void *producer(void *arg) {
  big = 99;
  pthread_mutex_lock(&m); full = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, producer, NULL);
  pthread_mutex_lock(&m);
  if (!full) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  int s = big;
  pthread_join(p, NULL);
  return s;
}
