// racy: pthread_tryjoin_np returns EBUSY if the worker is still running (result ignored); main then reads res.
#define _GNU_SOURCE
#include <pthread.h>
int res;
void *w(void *a) { res = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_tryjoin_np(t, 0);
  return res;
}
