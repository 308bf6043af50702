/* TRUTH: free. Detached worker writes result then sets an atomic flag (seq_cst); main
   spins on the flag and then reads result. */
#include <pthread.h>
#include <stdatomic.h>
int result;
atomic_int done;
void *worker(void *arg) { result = 99; atomic_store(&done, 1); return NULL; }
int main(void) {
  pthread_t t;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_create(&t, &at, worker, NULL);
  while (!atomic_load(&done)) ;
  return result;
}
