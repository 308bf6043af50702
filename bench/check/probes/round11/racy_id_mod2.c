// racy: thread ids are i%2, so threads 0 and 2 both get id 0 and both write data[0].
#include <pthread.h>
#define N 4
int data[N];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = 5;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)(i % 2));
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return data[0];
}
