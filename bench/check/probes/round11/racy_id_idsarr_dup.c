// racy: ids[i] = i/2 so two threads share each id and both write out[id].
#include <pthread.h>
#define N 4
int ids[N];
int out[N];
void *w(void *arg) {
  int id = *(int *)arg;
  out[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    ids[i] = i / 2;
    pthread_create(&th[i], 0, w, &ids[i]);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return out[0];
}
