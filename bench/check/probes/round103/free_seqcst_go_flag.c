/* TRUTH: free — main writes 'config' then sets the seq_cst atomic 'go'; workers read config only after seeing go==1 */
#include <pthread.h>
#include <stdatomic.h>
#define N 2

atomic_int go;
int config;
int seen[N];

void *worker(void *arg) {
  long id = (long)arg;
  while (!atomic_load(&go)) {}
  seen[id] = config;
  return 0;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, worker, (void *)i);
  config = 9;
  atomic_store(&go, 1);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return seen[0] + seen[1];
}
