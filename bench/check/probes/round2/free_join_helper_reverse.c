/* TRUTH: free. Helper joins all N handles in reverse order before main reads. */
#include <pthread.h>
#include <stdint.h>
#define N 4
int done[N];
void *worker(void *arg) { done[(intptr_t)arg] = 1; return NULL; }
static void join_all(pthread_t *t, int n) { for (int i = n - 1; i >= 0; i--) pthread_join(t[i], NULL); }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  join_all(t, N);
  int s = 0;
  for (int i = 0; i < N; i++) s += done[i];
  return s;
}
