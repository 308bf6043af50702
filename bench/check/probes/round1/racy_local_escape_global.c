/* TRUTH: racy. The worker publishes the address of its own local `mine` in a global;
   the worker then writes `mine` while main writes through the global pointer. The worker
   waits (sleep loop on nothing) so the local stays alive; there is no ordering. */
#include <pthread.h>
#include <unistd.h>
int *volatile shared_ptr;
void *worker(void *arg) {
  int mine = 0;
  shared_ptr = &mine;
  for (int i = 0; i < 100; i++) { mine++; usleep(1000); }
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  int *p;
  while ((p = shared_ptr) == NULL) usleep(100);
  *p = 42;
  pthread_join(t, NULL);
  return 0;
}
