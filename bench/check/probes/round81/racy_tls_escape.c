/* TRUTH: racy — main publishes address of its thread-local tl before create; worker writes *shared (main's tl), main writes tl */
#include <pthread.h>
_Thread_local int tl;
int *shared;
void *w(void *a) { *shared = 5; return 0; }
int main(void) {
  pthread_t t;
  shared = &tl;
  pthread_create(&t, 0, w, 0);
  tl = 3;
  pthread_join(t, 0);
  return tl;
}
