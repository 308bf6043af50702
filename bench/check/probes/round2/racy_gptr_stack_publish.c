/* TRUTH: racy. main publishes the address of its local through a global pointer; the
   thread writes it while main reads it before joining. */
#include <pthread.h>
int *shared;
void *worker(void *arg) { *shared = 3; return NULL; }
int main(void) {
  int local = 0;
  shared = &local;
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  int r = local;
  pthread_join(t, NULL);
  return r;
}
