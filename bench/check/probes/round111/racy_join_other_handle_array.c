/* TRUTH: racy — the join loop joins u[i] (idle threads), not t[i], before reading jobs[i]->out written by t[i] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  usleep(20000);
  j->out = j->in * 2;
  return 0;
}
static void *idle(void *arg) { return arg; }
int main(void) {
  pthread_t t[N], u[N];
  struct job *jobs[N];
  int i, sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  for (i = 0; i < N; i++)
    pthread_create(&u[i], 0, idle, 0);
  for (i = 0; i < N; i++) {
    pthread_join(u[i], 0);
    sum += jobs[i]->out;
  }
  for (i = 0; i < N; i++)
    pthread_join(t[i], 0);
  printf("%d\n", sum);
  return 0;
}
