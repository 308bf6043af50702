/* TRUTH: free — join_all joins every handle created; main reads out[] only after it returns */
#include <pthread.h>
#define K 4
static int out[K];
static void *work(void *p) { int i = (int)(long)p; out[i] = i + 1; return 0; }
static void join_all(pthread_t *ts, int n) { for (int i = 0; i < n; i++) pthread_join(ts[i], 0); }
int main(void) {
  pthread_t ts[K];
  for (int i = 0; i < K; i++) pthread_create(&ts[i], 0, work, (void *)(long)i);
  join_all(ts, K);
  int s = 0;
  for (int i = 0; i < K; i++) s += out[i];
  return s != 10;
}
