/* TRUTH: racy. Each thread gets its own fresh job, but all jobs point to ONE heap
   buffer allocated once; every thread writes buf->total. */
#include <pthread.h>
#include <stdlib.h>
#define N 3
struct acc { int total; };
struct job { struct acc *acc; };
void *worker(void *arg) { struct job *j = arg; j->acc->total += 1; return NULL; }
int main(void) {
  pthread_t t[N];
  struct acc *shared = calloc(1, sizeof *shared);
  for (int i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->acc = shared;
    pthread_create(&t[i], NULL, worker, j);
  }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return 0;
}
