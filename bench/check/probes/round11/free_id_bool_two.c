// free: ids passed as (void*)(long)(_Bool)i with only N=2 threads give ids 0 and 1: distinct slots.
#include <pthread.h>
#define N 2
int data[N];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = 7;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)(_Bool)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return data[1];
}
