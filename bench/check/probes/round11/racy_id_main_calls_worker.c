// racy: threads 0..N-1 write data[id]; main also calls w((void*)0) directly while they run, writing data[0] concurrently with thread 0.
#include <pthread.h>
#define N 3
int data[N];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = (int)id + 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  w((void *)0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return data[0];
}
