/* TRUTH: free — jobs[i] = j happens after pthread_create; the worker never touches jobs[] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 2;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    pthread_create(&t[i], 0, work, j);
    jobs[i] = j;
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
    free(jobs[i]);
  }
  printf("%d\n", sum);
  return 0;
}
