/* TRUTH: racy — pthread_tryjoin_np returns EBUSY if worker still running; result ignored; main writes g racing with worker */
#define _GNU_SOURCE
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_tryjoin_np(t, 0);
  g = 2;
  return g;
}
