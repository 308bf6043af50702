/* TRUTH: racy — worker sets flag (seq_cst) BEFORE writing data; main reads data after seeing flag */
#include <pthread.h>
#include <stdatomic.h>
int data;
atomic_int ready;
void *w(void *a) { atomic_store(&ready, 1); data = 42; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  while (!atomic_load(&ready)) ;
  int v = data;
  pthread_join(t, 0);
  return v;
}
