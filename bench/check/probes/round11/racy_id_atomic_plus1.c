// racy: unique ids from atomic_fetch_add, but each thread writes buf[id] and buf[id+1]; neighbours overlap.
#include <pthread.h>
#include <stdatomic.h>
#define N 4
atomic_int next;
int buf[N + 1];
void *w(void *a) {
  int id = atomic_fetch_add(&next, 1);
  if (id < N) { buf[id] = 1; buf[id + 1] = 2; }
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[1];
}
