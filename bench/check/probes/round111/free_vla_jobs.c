/* TRUTH: free — VLA jobs[n]/t[n] with n from argc; each job read only after joining its thread */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * j->in;
  return 0;
}
int main(int argc, char **argv) {
  (void)argv;
  int n = argc + 3;
  pthread_t t[n];
  struct job *jobs[n];
  int i;
  for (i = 0; i < n; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < n; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
    free(jobs[i]);
  }
  printf("%d\n", sum);
  return 0;
}
