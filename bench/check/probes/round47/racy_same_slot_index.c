/* TRUTH: racy — two of the threads are given the same slot index (i / 2), so slot[0] is written by threads 0 and 1 concurrently */
#include <pthread.h>
#include <stdint.h>
#define N 4
int slot[N];
void *w(void *arg) {
  int id = (int)(intptr_t)arg;
  slot[id] += id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)(intptr_t)(i / 2));
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return slot[0];
}
