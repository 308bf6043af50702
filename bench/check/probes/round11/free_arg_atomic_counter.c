// free: each thread takes a unique id from atomic_fetch_add(&next) and writes buf[id].
#include <pthread.h>
#include <stdatomic.h>
#define N 4
atomic_int next;
int buf[N];
void *w(void *a) {
  int id = atomic_fetch_add(&next, 1);
  if (id < N) buf[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[0];
}
