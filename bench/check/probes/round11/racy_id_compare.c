// racy: ids passed as (void*)(long)(i > 0); threads 1 and 2 both get id 1 and write data[1].
#include <pthread.h>
#define N 3
int data[N];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = 7;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)(i > 0));
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return data[1];
}
