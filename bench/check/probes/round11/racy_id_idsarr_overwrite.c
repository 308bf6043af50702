// racy: ids[i] set to i, threads created, then main overwrites ids[] while threads read *arg.
#include <pthread.h>
#define N 4
int ids[N];
int out[N];
void *w(void *arg) {
  int id = *(int *)arg;
  out[id & 3] = 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&th[i], 0, w, &ids[i]);
  }
  for (int i = 0; i < N; i++) ids[i] = 0;
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return out[0];
}
