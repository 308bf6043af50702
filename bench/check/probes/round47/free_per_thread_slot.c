/* TRUTH: free — thread i writes only result[i] (ids 0..N-1 distinct, passed by value); main reads the array after joining all */
#include <pthread.h>
#include <stdint.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define N 5

int result[N];

void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  int acc = 0, k;
  for (k = 0; k <= id; k++) acc += k;
  result[id] = acc;
  return 0;
}

int main(void) {
  pthread_t th[N];
  int i, total = 0;
  for (i = 0; i < N; i++)
    pthread_create(&th[i], 0, worker, (void *)(intptr_t)i);
  for (i = 0; i < N; i++)
    pthread_join(th[i], 0);
  for (i = 0; i < N; i++)
    total += result[i];
  if (total != 20) reach_error();
  return 0;
}
