/* TRUTH: racy — join loop breaks after t[1]; the later read loop touches jobs[2..3] whose threads are unjoined */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  usleep(10000 * j->in);
  j->out = j->in * 2;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i, k;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i + 1;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
    if (sum > 5) break;
  }
  for (k = 0; k < N; k++) sum += jobs[k]->out;
  for (i = i + 1; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", sum);
  return 0;
}
