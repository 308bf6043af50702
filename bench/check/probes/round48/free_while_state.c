/* TRUTH: free — x is touched only after 'waited' is set, i.e. after the acquire spin saw ready, which main releases after its write */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int ready;
void *t(void *a) {
  int waited = 0;
  while (1) {
    if (waited) { x = x + 1; break; }
    while (!atomic_load(&ready))
      ;
    waited = 1;
  }
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 1;
  atomic_store(&ready, 1);
  pthread_join(th, 0);
  return x;
}
