// free: ids[i]=i set before create; thread i writes out[*arg] only; main sums after joins.
#include <pthread.h>
#define N 4
int ids[N];
int out[N];
void *w(void *arg) {
  int id = *(int *)arg;
  out[id] = id * id;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&th[i], 0, w, &ids[i]);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  int s = 0;
  for (int i = 0; i < N; i++) s += out[i];
  return s;
}
