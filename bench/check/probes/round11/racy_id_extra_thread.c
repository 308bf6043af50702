// racy: loop passes ids 0..N-1, then one extra thread is created with id 0 as well; two threads write data[0].
#include <pthread.h>
#define N 3
int data[N];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = 7;
  return 0;
}
int main(void) {
  pthread_t th[N + 1];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  pthread_create(&th[N], 0, w, (void *)0L);
  for (int i = 0; i <= N; i++) pthread_join(th[i], 0);
  return data[0];
}
