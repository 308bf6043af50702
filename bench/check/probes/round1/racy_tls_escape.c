/* TRUTH: racy. main publishes the address of ITS thread-local `tl` before starting the
   worker; the worker writes *gp (main's tl) while main writes tl. */
#include <pthread.h>
_Thread_local int tl;
int *gp;
void *worker(void *arg) { *gp = 2; return NULL; }
int main(void) {
  gp = &tl;
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  tl = 1;
  pthread_join(t, NULL);
  return tl;
}
