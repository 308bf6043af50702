// racy: every thread receives &ids[0] (id 0) and writes out[0].
#include <pthread.h>
#define N 3
int ids[N];
int out[N];
void *w(void *arg) {
  int id = *(int *)arg;
  out[id] = 5;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&th[i], 0, w, &ids[0]);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return out[0];
}
