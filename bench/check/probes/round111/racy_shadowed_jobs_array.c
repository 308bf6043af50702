/* TRUTH: racy — the join loop runs in a block whose own jobs[] is a reversed copy, so jobs[i] is thread N-1-i's job */
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
  int i, sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  {
    struct job *outer[N];
    for (i = 0; i < N; i++) outer[i] = jobs[N - 1 - i];
    struct job **jobs = outer;
    for (i = 0; i < N; i++) {
      pthread_join(t[i], 0);
      sum += jobs[i]->out;
    }
  }
  printf("%d\n", sum);
  return 0;
}
