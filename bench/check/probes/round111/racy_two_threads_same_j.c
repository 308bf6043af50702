/* TRUTH: racy — helper u[i] also writes j->out; main reads jobs[i]->out after joining only t[i] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 2;
  return 0;
}
static void *helper(void *arg) {
  struct job *j = arg;
  usleep(20000);
  j->out += 1;
  return 0;
}
int main(void) {
  pthread_t t[N], u[N];
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    j->out = 0;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
    pthread_create(&u[i], 0, helper, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  for (i = 0; i < N; i++)
    pthread_join(u[i], 0);
  printf("%d\n", sum);
  return 0;
}
