// free: thread gets id N-1-i and writes out[id]; every id distinct.
#include <pthread.h>
#define N 6
int out[N];
void *w(void *arg) {
  int id = (int)(long)arg;
  out[id] += id;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)(N - 1 - i));
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return out[0] + out[N - 1];
}
