/* TRUTH: free — 'weights' and 'scale' are only read by the threads (main sets scale before create); results go to own slots */
#include <pthread.h>
#define N 3

const int weights[N] = {3, 5, 7};
int scale;
int out[N];

void *mul(void *arg) {
  long id = (long)arg;
  out[id] = weights[id] * scale + weights[(id + 1) % N];
  return 0;
}

int main(void) {
  pthread_t t[N];
  scale = 2;
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, mul, (void *)i);
  int s = scale;
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return out[0] + s;
}
