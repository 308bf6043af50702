/* TRUTH: free — outer rounds each create and fully join their workers; jobs[] reused across rounds */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int r, i, sum = 0;
  for (r = 0; r < 3; r++) {
    for (i = 0; i < N; i++) {
      struct job *j = malloc(sizeof *j);
      j->in = r * N + i;
      jobs[i] = j;
      pthread_create(&t[i], 0, work, j);
    }
    for (i = 0; i < N; i++) {
      pthread_join(t[i], 0);
      sum += jobs[i]->out;
      free(jobs[i]);
    }
  }
  printf("%d\n", sum);
  return 0;
}
