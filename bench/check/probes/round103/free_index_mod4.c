/* TRUTH: free — 4 threads write data[id % 4], ids 0..3, so every slot has exactly one writer */
#include <pthread.h>
#define N 4

int data[4];

void *fill(void *arg) {
  long id = (long)arg;
  data[id % 4] = (int)id;
  return 0;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, fill, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return data[0] + data[3];
}
