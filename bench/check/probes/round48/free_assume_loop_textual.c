/* TRUTH: free — x is read in iteration 1 only, after iteration 0's assume_abort_if_not saw ready (released after main's write) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
int x; atomic_int ready; int out;
static void assume_abort_if_not(int c) { if (!c) abort(); }
void *t(void *a) {
  for (int i = 0; i < 2; i++) {
    if (i == 1) out = x;
    if (i == 0) assume_abort_if_not(atomic_load(&ready));
  }
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 8;
  atomic_store(&ready, 1);
  pthread_join(th, 0);
  return out;
}
