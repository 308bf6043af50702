/* TRUTH: racy — main sums results[] in the same loop that joins, reading results[i+1] before thread i+1 is joined */
#include <pthread.h>
#include <stdint.h>
#define N 3
int results[N];
void *w(void *arg) {
  int id = (int)(intptr_t)arg;
  results[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i, s = 0;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)(intptr_t)i);
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    s += results[i];
    if (i + 1 < N) s += results[i + 1] * 0; /* peeks at an unjoined slot */
  }
  return s;
}
