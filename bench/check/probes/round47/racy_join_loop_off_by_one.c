/* TRUTH: racy — the join loop stops at N-1, so main sums part[] while the last thread may still be writing part[N-1] */
#include <pthread.h>
#include <stdint.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define N 4
int part[N];
void *w(void *arg) {
  int id = (int)(intptr_t)arg;
  part[id] = id * 10;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i, s = 0;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)(intptr_t)i);
  for (i = 0; i < N - 1; i++) pthread_join(t[i], 0);
  for (i = 0; i < N; i++) s += part[i];
  if (s != 60) reach_error();
  return 0;
}
