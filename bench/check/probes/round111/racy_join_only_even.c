/* TRUTH: racy — the join loop joins only even t[i] but reads jobs[i]->out for every i */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
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
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    if (i % 2 == 0)
      pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  for (i = 1; i < N; i += 2) pthread_join(t[i], 0);
  printf("%d\n", sum);
  return 0;
}
