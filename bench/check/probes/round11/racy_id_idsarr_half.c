// racy: ids[i]=i, but thread i is passed &ids[i/2], so threads 0 and 1 both get id 0 and write out[0].
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
  for (int i = 0; i < N; i++) ids[i] = i;
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, &ids[i / 2]);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return out[0];
}
