// free: threads 1..N-1 are created with ids 1..N-1; main runs w((void*)0) itself for id 0; all ids distinct.
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
  for (int i = 1; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  w((void *)0);
  for (int i = 1; i < N; i++) pthread_join(th[i], 0);
  return data[0];
}
