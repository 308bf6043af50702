/* TRUTH: free — main rewrites phase only after joining the first batch and before creating the second */
#include <pthread.h>
#define N 2
int phase;
int seen[2 * N];
void *w(void *arg)
{
  long id = (long)arg;
  seen[id] = phase;
  return 0;
}
int main(void)
{
  pthread_t t[N];
  phase = 1;
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  phase = 2;
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, w, (void *)(i + N));
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return seen[3] != 2;
}
