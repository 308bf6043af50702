/* TRUTH: free — k = N-1-i indexes both the join and the read, so jobs[k] is the just-joined thread's job */
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
  int i, sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  for (i = 0; i < N; i++) {
    int k = N - 1 - i;
    pthread_join(t[k], 0);
    sum += jobs[k]->out;
  }
  printf("%d\n", sum);
  return 0;
}
