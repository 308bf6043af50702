/* TRUTH: racy — phase 2 reads the neighbour's slot, but there is no barrier between phase 1 writes and phase 2 reads */
#include <pthread.h>
#define N 3
int val[N], out[N];
void *step(void *arg)
{
  long id = (long)arg;
  val[id] = (int)id + 1;
  out[id] = val[(id + 1) % N];
  return 0;
}
int main(void)
{
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, step, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return out[0];
}
