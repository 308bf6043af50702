/* TRUTH: free — partial[id] written before the barrier; only thread 0 reads them and writes 'total' after it; main reads total after joins */
#include <pthread.h>
#define N 3

pthread_barrier_t bar;
int partial[N];
int total;

void *reduce(void *arg) {
  long id = (long)arg;
  partial[id] = (int)(id + 1) * 10;
  pthread_barrier_wait(&bar);
  if (id == 0) {
    int s = 0;
    for (int i = 0; i < N; i++) s += partial[i];
    total = s;
  }
  return 0;
}

int main(void) {
  pthread_t t[N];
  pthread_barrier_init(&bar, 0, N);
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, reduce, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return total;
}
