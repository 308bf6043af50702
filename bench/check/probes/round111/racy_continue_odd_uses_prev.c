/* TRUTH: racy — odd iterations `continue` before jobs[i]=j and hand jobs[i-1] to t[i], which writes aux; main reads jobs[i]->aux after joining only t[i] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; int aux; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 2;
  return 0;
}
static void *extra(void *arg) {
  struct job *j = arg;
  usleep(20000);
  j->aux = 5;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    if (i % 2) {
      free(j);
      pthread_create(&t[i], 0, extra, jobs[i - 1]);
      continue;
    }
    j->in = i; j->aux = 0;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i += 2) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out + jobs[i]->aux;
  }
  for (i = 1; i < N; i += 2) pthread_join(t[i], 0);
  printf("%d\n", sum);
  return 0;
}
