// racy: ids[i]=i for the N threads; an extra "monitor" thread created with &ids[N-1] also runs w and writes out[N-1].
#include <pthread.h>
#define N 3
int ids[N];
int out[N];
void *w(void *arg) {
  int id = *(int *)arg;
  out[id] = id;
  return 0;
}
int main(void) {
  pthread_t th[N], mon;
  for (int i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&th[i], 0, w, &ids[i]);
  }
  pthread_create(&mon, 0, w, &ids[N - 1]);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  pthread_join(mon, 0);
  return out[0];
}
