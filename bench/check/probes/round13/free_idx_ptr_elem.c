/* race-free: ids[] filled before create, each thread gets &ids[i] (distinct) and writes out[*id] only */
#include <pthread.h>
#include <assert.h>
#define N 5
int ids[N];
int out[N];
void *worker(void *arg) {
  int id = *(int *)arg;
  for (int k = 0; k < 3; k++)
    out[id] += k;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) ids[i] = i;
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], NULL, worker, &ids[i]);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++) assert(out[i] == 3);
  return 0;
}
