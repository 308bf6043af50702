/* TRUTH: free — each worker starts a second work instance on its own j and joins it before returning */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job { int in; int out; int depth; };
static void *work(void *arg) {
  struct job *j = arg;
  if (j->depth == 0) {
    pthread_t c;
    j->depth = 1;
    pthread_create(&c, 0, work, j);
    pthread_join(c, 0);
    j->out += 1;
  } else {
    j->out = j->in * 2;
  }
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i, sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    j->out = 0;
    j->depth = 0;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  return 0;
}
