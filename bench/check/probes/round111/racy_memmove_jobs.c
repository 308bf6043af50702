/* TRUTH: racy — memmove shifts jobs[] down by one after creation; jobs[i] becomes thread i+1's job */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  memmove(jobs, jobs + 1, (N - 1) * sizeof jobs[0]);
  int sum = 0;
  for (i = 0; i < N - 1; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  pthread_join(t[N - 1], 0);
  printf("%d\n", sum);
  return 0;
}
