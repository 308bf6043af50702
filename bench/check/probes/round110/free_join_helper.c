/* TRUTH: free — a helper joins every handle in the array; main reads the workers' slots only after it returns */
#include <pthread.h>
#include <stdio.h>
#define N 4

struct pool { pthread_t tids[N]; int n; };
int out[N];

static void *work(void *arg) {
  long i = (long)arg;
  out[i] = (int)(i + 5);
  return NULL;
}

static void pool_wait(struct pool *p) {
  while (p->n > 0) pthread_join(p->tids[--p->n], NULL);
}

int main(void) {
  struct pool p = {.n = 0};
  for (long i = 0; i < N; i++) pthread_create(&p.tids[p.n++], NULL, work, (void *)i);
  pool_wait(&p);
  int s = 0;
  for (int i = 0; i < N; i++) s += out[i];
  out[0] = s;
  printf("%d\n", s);
  return 0;
}
