/* TRUTH: racy — &jobs[0] is passed to rotate(), which shifts the pointers; jobs[i] then names thread i+1's job */
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
static void rotate(struct job **a, int n) {
  struct job *first = a[0];
  for (int k = 0; k + 1 < n; k++) a[k] = a[k + 1];
  a[n - 1] = first;
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
  rotate(&jobs[0], N);
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  return 0;
}
