/* TRUTH: racy — worker hands j to a detached grandchild that writes j->out; main reads after joining only the worker */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void *finish(void *arg) {
  struct job *j = arg;
  usleep(20000);
  j->out = j->in * 3;
  return 0;
}
static void *work(void *arg) {
  struct job *j = arg;
  pthread_t g;
  pthread_create(&g, 0, finish, j);
  pthread_detach(g);
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    j->out = 0;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  usleep(100000);
  return 0;
}
