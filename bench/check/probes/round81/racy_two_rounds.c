/* TRUTH: racy — round 1 handoff via release/acquire is fine, but main then writes data again (round 2) while worker reads data after the flag, unsynchronized */
#include <pthread.h>
#include <stdatomic.h>
int data;
atomic_int flag;
void *w(void *a) { while (!atomic_load(&flag)) ; int v = data; return (void *)(long)v; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  data = 1;
  atomic_store(&flag, 1);
  data = 2;
  pthread_join(t, 0);
  return 0;
}
