/* TRUTH: free. An atomic fetch-and-increment hands each thread a distinct ticket; each
   writes only slot[ticket]. Main reads after joins. */
#include <pthread.h>
int next = 0;
int slot[4];
int __VERIFIER_atomic_fetch_inc(void) { int v = next; next = v + 1; return v; }
void *worker(void *arg) { int t = __VERIFIER_atomic_fetch_inc(); if (t < 4) slot[t] = t + 10; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return slot[0] + slot[1];
}
