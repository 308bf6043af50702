/* TRUTH: racy. Each thread gets its own fresh job, but every job points to the same
   `hits` counter, which all threads increment. */
#include <pthread.h>
#include <stdlib.h>
#define N 3
int hits;
struct job { int *counter; };
void *worker(void *arg) { struct job *j = arg; (*j->counter)++; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->counter = &hits;
    pthread_create(&t[i], NULL, worker, j);
  }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return hits;
}
