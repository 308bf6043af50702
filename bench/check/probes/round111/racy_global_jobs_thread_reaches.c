/* TRUTH: racy — jobs[] is global; the last worker writes jobs[0]->aux, which main reads after joining only t[0] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; int aux; };
static struct job *jobs[N];
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 2;
  if (j->in == N - 1) { usleep(10000); jobs[0]->aux = 9; }
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    j->aux = 0;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out + jobs[i]->aux;
  }
  printf("%d\n", sum);
  return 0;
}
