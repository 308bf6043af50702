/* TRUTH: racy — join loop stops at N-1, so main reads res[N-1] while the last thread may still write it */
#include <pthread.h>
#define N 3
extern void abort(void);
void reach_error(void) { abort(); }

int res[N];

void *work(void *arg) {
  long id = (long)arg;
  res[id] = (int)id + 1;
  return 0;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < N - 1; i++)
    pthread_join(t[i], 0);
  int sum = 0;
  for (int i = 0; i < N; i++)
    sum += res[i];
  if (sum > 6) reach_error();
  return 0;
}
