/* TRUTH: racy — main joins only the first N-1 threads before reading all results, so results[N-1] is read concurrently with its write */
#include <pthread.h>
#define N 4
int results[N];
void *w(void *arg)
{
  long id = (long)arg;
  results[id] = (int)id * 3;
  return 0;
}
int main(void)
{
  pthread_t t[N];
  int s = 0;
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < N - 1; i++)
    pthread_join(t[i], 0);
  for (int i = 0; i < N; i++)
    s += results[i];
  pthread_join(t[N - 1], 0);
  return s;
}
