/* TRUTH: free — each iteration reads jobs[i-1], whose thread was joined in the previous iteration */
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
    if (i > 0) sum += jobs[i - 1]->out;
    pthread_join(t[i], 0);
  }
  sum += jobs[N - 1]->out;
  printf("%d\n", sum);
  return 0;
}
