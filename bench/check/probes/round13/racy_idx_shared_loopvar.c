/* racy: &i (main's loop variable) is passed to every thread; thread reads *arg while main increments i */
#include <pthread.h>
#include <assert.h>
#define N 5
int out[N + 1];
void *worker(void *arg) {
  int id = *(int *)arg;
  if (id >= 0 && id <= N)
    out[id] += 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], NULL, worker, &i);
  for (int j = 0; j < N; j++)
    pthread_join(t[j], NULL);
  return out[0];
}
