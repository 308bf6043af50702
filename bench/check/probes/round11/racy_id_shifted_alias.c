// racy: thread id writes buf[id] and shifted[id] where shifted = &buf[1]; thread 0's shifted[0] is thread 1's buf[1].
#include <pthread.h>
#define N 3
int buf[N + 1];
int *const shifted = &buf[1];
void *w(void *arg) {
  long id = (long)arg;
  buf[id] = 1;
  shifted[id] = 2;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[1];
}
