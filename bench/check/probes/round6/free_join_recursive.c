/* TRUTH: race-free. join_all recursively joins t[n-1]..t[0] (all created) before main reads counter. */
#include <pthread.h>
#define N 3
int counter[N];
static void join_all(pthread_t *t, int n) { if (n == 0) return; pthread_join(t[n - 1], 0); join_all(t, n - 1); }
void *w(void *a) { counter[(long)a] = 1; return 0; }
int main(void) { pthread_t t[N]; long i; int s = 0;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  join_all(t, N);
  for (i = 0; i < N; i++) s += counter[i];
  return s; }
