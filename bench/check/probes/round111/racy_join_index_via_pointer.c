/* TRUTH: racy — i is changed through alias pi between join and read, so jobs[i] names an unjoined thread */
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
  int i;
  int *pi = &i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    int save = i;
    pthread_join(t[i], 0);
    *pi = N - 1 - save;
    sum += jobs[i]->out;
    *pi = save;
  }
  printf("%d\n", sum);
  return 0;
}
