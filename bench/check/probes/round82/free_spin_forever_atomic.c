/* TRUTH: free — stop is never stored, so the thread spins forever on the atomic load and never writes g; main writes g and returns */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int stop; int g;
void *t(void *a) { while (atomic_load(&stop) == 0) ; g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 2;
  printf("%d\n", g); return 0;
}
