/* TRUTH: racy — check(rc == 0) never exits; worker writes shared under mu, main without */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void check(int ok, const char *what) {
  if (!ok) { fprintf(stderr, "%s failed\n", what); pthread_exit(0); }
}
static void *worker(void *a) {
  (void)a;
  check(pthread_mutex_lock(&mu) == 0, "lock");
  shared++;
  pthread_mutex_unlock(&mu);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}
