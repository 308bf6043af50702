/* TRUTH: racy. Detached worker sets the atomic flag BEFORE writing result. */
#include <pthread.h>
#include <stdatomic.h>
int result;
atomic_int done;
void *worker(void *arg) { atomic_store(&done, 1); result = 99; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_detach(t);
  while (!atomic_load(&done)) ;
  return result;
}
