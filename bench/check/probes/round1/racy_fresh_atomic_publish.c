/* TRUTH: racy. main publishes a fresh object with an atomic release store, then keeps
   writing its field; the reader acquires the pointer and reads the field. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct msg { int body; };
_Atomic(struct msg *) box;
void *reader(void *arg) {
  struct msg *m;
  while (!(m = atomic_load_explicit(&box, memory_order_acquire))) ;
  return (void *)(long)m->body;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, reader, NULL);
  struct msg *m = malloc(sizeof *m);
  m->body = 1;
  atomic_store_explicit(&box, m, memory_order_release);
  m->body = 2;
  pthread_join(t, NULL);
  return 0;
}
