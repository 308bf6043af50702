// racy: distinct thread ids 0..3, but the slot is map[id] and map = {0,0,1,1}; threads 0 and 1 both write data[0].
#include <pthread.h>
#define N 4
static const int map[N] = { 0, 0, 1, 1 };
int data[N];
void *w(void *arg) {
  long id = (long)arg;
  data[map[id]] += 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return data[0];
}
