/* TRUTH: racy — after joining t[i] main reads res[(i+1)%N], whose writer t[i+1] is not joined yet */
#include <pthread.h>
#define N 3

int res[N];

void *job(void *arg) {
  long id = (long)arg;
  res[id] = (int)(id * 3);
  return 0;
}

int main(void) {
  pthread_t t[N];
  int sum = 0;
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, job, (void *)i);
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += res[(i + 1) % N];
  }
  return sum;
}
