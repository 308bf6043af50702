/* TRUTH: free — each thread gets its index by value; thread k writes out[k] only (distinct elements); main reads after joining all 4 over the same range. */
#include <pthread.h>
int out[4];
void *w(void *arg) { long k = (long)arg; out[k] = (int)k + 1; return 0; }
int main(void) { pthread_t t[4]; long i; int s = 0;
  for (i = 0; i < 4; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (i = 0; i < 4; i++) pthread_join(t[i], 0);
  for (i = 0; i < 4; i++) s += out[i];
  return s; }
