/* TRUTH: racy — pthread_timedjoin_np with an expired deadline may return ETIMEDOUT; result ignored; main then writes g racing with worker */
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  struct timespec ts = {0, 0};
  pthread_create(&t, 0, w, 0);
  pthread_timedjoin_np(t, 0, &ts);
  g = 2;
  return g;
}
