/* TRUTH: free — the reader aborts unless it saw ready (released by main after x = 3); on every surviving execution its read of x follows main's write */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
int x; atomic_int ready; int out;
static void assume_abort_if_not(int c) { if (!c) abort(); }
void *t(void *a) {
  assume_abort_if_not(atomic_load(&ready));
  out = x;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 3;
  atomic_store(&ready, 1);
  pthread_join(th, 0);
  return out;
}
