/* TRUTH: free — the loop index is passed by value as (void*)i, so threads never read i; each writes its own out[id] */
#include <pthread.h>
#define N 4

int out[N];

void *run(void *arg) {
  long id = (long)arg;
  out[id] = 1;
  return 0;
}

int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], 0, run, (void *)i);
  for (i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return out[3];
}
