/* TRUTH: free — all threads are joined in one loop; a second loop with another index reads the jobs */
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
  int i, k;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  for (i = 0; i < N; i++)
    pthread_join(t[i], 0);
  int sum = 0;
  for (k = N - 1; k >= 0; k--)
    sum += jobs[k]->out;
  printf("%d\n", sum);
  return 0;
}
