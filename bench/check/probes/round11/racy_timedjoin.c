// racy: pthread_timedjoin_np may time out (result ignored), after which main reads res while the worker may still write it.
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>
#include <unistd.h>
int res;
void *w(void *a) { sleep(2); res = 1; return 0; }
int main(void) {
  pthread_t t;
  struct timespec ts;
  pthread_create(&t, 0, w, 0);
  clock_gettime(CLOCK_REALTIME, &ts);
  pthread_timedjoin_np(t, 0, &ts);
  return res;
}
