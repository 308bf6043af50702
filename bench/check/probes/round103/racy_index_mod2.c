/* TRUTH: racy — 3 threads write data[id % 2]; ids 0 and 2 collide on data[0] */
#include <pthread.h>
#define N 3

int data[2];

void *fill(void *arg) {
  long id = (long)arg;
  data[id % 2] = (int)id;
  return 0;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, fill, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return data[0] + data[1];
}
