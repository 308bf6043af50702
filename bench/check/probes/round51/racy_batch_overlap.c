/* TRUTH: racy — main changes phase before joining the first batch, so a first-batch thread's read of phase is concurrent with main's write */
#include <pthread.h>
#define N 2
int phase = 1;
int seen[2 * N];
void *w(void *arg)
{
  long id = (long)arg;
  seen[id] = phase;
  return 0;
}
int main(void)
{
  pthread_t t[2 * N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, w, (void *)i);
  phase = 2;
  for (long i = N; i < 2 * N; i++)
    pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < 2 * N; i++)
    pthread_join(t[i], 0);
  return seen[0];
}
