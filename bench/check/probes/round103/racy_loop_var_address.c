/* TRUTH: racy — &i is passed to each thread; threads read *arg while main increments i in the create loop */
#include <pthread.h>
#define N 4

int out[N];

void *run(void *arg) {
  int id = *(int *)arg;
  if (id >= 0 && id < N) out[id] = 1;
  return 0;
}

int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], 0, run, &i);
  for (int j = 0; j < N; j++)
    pthread_join(t[j], 0);
  return 0;
}
