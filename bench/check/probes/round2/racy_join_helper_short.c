/* TRUTH: racy. join_all(t, n) is called with n - 1, so the last worker may still write
   done[3] (its own slot) while main reads all slots. */
#include <pthread.h>
#include <stdint.h>
#define N 4
int done[N];
void *worker(void *arg) { done[(intptr_t)arg] = 1; return NULL; }
static void join_all(pthread_t *t, int n) { for (int i = 0; i < n; i++) pthread_join(t[i], NULL); }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  join_all(t, N - 1);
  int s = 0;
  for (int i = 0; i < N; i++) s += done[i];
  return s;
}
