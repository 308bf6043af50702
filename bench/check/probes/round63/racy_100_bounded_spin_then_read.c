/* TRUTH: racy — the reader spins at most `tries` (a local) times on ready; if it gives up it reads data anyway, concurrently with main's write of data */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int ready;
static int data;
static void *reader(void *p) {
  (void)p;
  int tries = 1000;
  for (int i = 0; i < tries; i++) if (atomic_load(&ready)) break;
  return (void *)(long)data;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, reader, 0);
  data = 77;
  atomic_store(&ready, 1);
  pthread_join(t, 0);
  return 0;
}
