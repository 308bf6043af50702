// racy: ids[] is a _Bool array, so ids[i] = i stores 0,1,1; threads 1 and 2 both write out[1].
#include <pthread.h>
#include <stdbool.h>
#define N 3
bool ids[N];
int out[N];
void *w(void *arg) {
  int id = *(bool *)arg;
  out[id] += 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&th[i], 0, w, &ids[i]);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return out[1];
}
