/* TRUTH: free. Hand-built reusable barrier (mutex, cond, count, generation). Phase 1: each
   of 2 threads writes its own a[id]; after the barrier each reads the other's. */
#include <pthread.h>
#include <stdint.h>
int a[2];
int arrived, gen;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void barrier(void) {
  pthread_mutex_lock(&m);
  int my = gen;
  if (++arrived == 2) { arrived = 0; gen++; pthread_cond_broadcast(&cv); }
  else while (my == gen) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
}
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  a[id] = id + 1;
  barrier();
  return (void *)(intptr_t)a[1 - id];
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, worker, (void *)0);
  pthread_create(&t1, NULL, worker, (void *)1);
  pthread_join(t0, NULL); pthread_join(t1, NULL);
  return 0;
}
