/* TRUTH: racy — main passes &i to every thread and keeps incrementing i, while threads read *arg */
#include <pthread.h>
#define N 3
int seen[N];
void *w(void *arg)
{
  int id = *(int *)arg;
  if (id >= 0 && id < N)
    seen[id] = 1;
  return 0;
}
int main(void)
{
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], 0, w, &i);
  for (int k = 0; k < N; k++)
    pthread_join(t[k], 0);
  return 0;
}
