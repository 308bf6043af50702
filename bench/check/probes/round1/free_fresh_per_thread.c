/* TRUTH: free. Each loop iteration allocates a new job object for its thread. */
#include <pthread.h>
#include <stdlib.h>
#define N 3
struct job { int in; int out; };
void *worker(void *arg) { struct job *j = arg; j->out = j->in * 2; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    pthread_create(&t[i], NULL, worker, j);
  }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return 0;
}
