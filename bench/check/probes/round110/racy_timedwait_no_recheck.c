/* TRUTH: racy — consumer does a single timed wait and proceeds on timeout, reading result while the slow worker writes it */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int result;
int done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static void *worker(void *arg) {
  (void)arg;
  usleep(20000);
  result = 99;
  pthread_mutex_lock(&m);
  done = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  ts.tv_nsec += 1000000;
  if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
  pthread_mutex_lock(&m);
  if (!done) pthread_cond_timedwait(&cv, &m, &ts);
  pthread_mutex_unlock(&m);
  usleep(19000);
  printf("%d\n", result);
  pthread_join(t, NULL);
  return 0;
}
