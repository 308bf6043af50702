/* TRUTH: racy — inner block shadows i with N-1, so jobs[i] in the join loop names the last, unjoined thread */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  usleep(5000 * j->in);
  j->out = j->in * 2;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  for (int i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    {
      int i = N - 1;
      sum += jobs[i]->out;
    }
  }
  printf("%d\n", sum);
  return 0;
}
