/* TRUTH: racy — main checks flag once; if not yet set it still reads data (else branch) concurrently with worker writing data */
#include <pthread.h>
#include <stdatomic.h>
int data;
atomic_int ready;
void *w(void *a) { data = 42; atomic_store(&ready, 1); return 0; }
int main(void) {
  pthread_t t;
  int v = 0;
  pthread_create(&t, 0, w, 0);
  if (atomic_load(&ready)) v = data; else v = data + 1;
  pthread_join(t, 0);
  return v;
}
