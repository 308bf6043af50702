/* TRUTH: racy — 2x2 grid: jobs[c] is overwritten by row 1 while t[r*C+c] keeps both rows; joining t[c] reads row-1 job of an unjoined thread */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define R 2
#define C 2
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  usleep(j->in >= C ? 20000 : 0);
  j->out = j->in + 1;
  return 0;
}
int main(void) {
  pthread_t t[R * C];
  struct job *jobs[C];
  int r, c, i, sum = 0;
  for (r = 0; r < R; r++)
    for (c = 0; c < C; c++) {
      struct job *j = malloc(sizeof *j);
      j->in = r * C + c;
      jobs[c] = j;
      pthread_create(&t[r * C + c], 0, work, j);
    }
  for (i = 0; i < C; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  for (i = C; i < R * C; i++) pthread_join(t[i], 0);
  printf("%d\n", sum);
  return 0;
}
