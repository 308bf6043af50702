/* TRUTH: racy — after jobs[i] = j, j is reassigned to jobs[i-1]; thread i writes job i-1, read by main after joining only t[i-1] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static struct job spare;
static void *work(void *arg) {
  struct job *j = arg;
  usleep(10000);
  j->out = j->in * 2;
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
    j = i ? jobs[i - 1] : &spare;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d %d\n", sum, spare.out);
  return 0;
}
