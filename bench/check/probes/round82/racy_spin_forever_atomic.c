/* TRUTH: racy — main sets stop (relaxed-free of payload ordering: g written after the store), so the thread writes g concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int stop; int g;
void *t(void *a) { while (atomic_load(&stop) == 0) ; g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  atomic_store(&stop, 1);
  g = 2;
  pthread_join(th, 0);
  printf("%d\n", g); return 0;
}
