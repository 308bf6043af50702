/* TRUTH: free — main writes data only before the release store, and again after join */
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
  pthread_join(t, 0);
  data = 2;
  return 0;
}
