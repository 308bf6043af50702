// racy: &i of the loop variable is passed; main increments i while threads read *arg.
#include <pthread.h>
#define N 4
int out[N];
void *w(void *arg) {
  int id = *(int *)arg;
  if (id >= 0 && id < N) out[id] = 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  int i;
  for (i = 0; i < N; i++) pthread_create(&th[i], 0, w, &i);
  for (int j = 0; j < N; j++) pthread_join(th[j], 0);
  return out[0];
}
