/* TRUTH: racy — alias pp swaps jobs[0] and jobs[N-1] after creation; main reads jobs[0] after joining only t[0] */
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
  struct job **pp = jobs;
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  struct job *tmp = pp[0];
  pp[0] = pp[N - 1];
  pp[N - 1] = tmp;
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  return 0;
}
