/* TRUTH: free — instance id first reads one byte from pipe id; main fills pipes 0 and 1 only, so instance 2 blocks forever in read() and never updates two[0]; main joins 0,1 and exits (killing 2) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 3
int two[2];
int fds[N][2];
void *f(void *p) {
  long id = (long)p;
  char c;
  if (read(fds[id][0], &c, 1) != 1) return 0;
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++)
    if (pipe(fds[i]) != 0) return 1;
  if (write(fds[0][1], "x", 1) != 1 || write(fds[1][1], "x", 1) != 1) return 1;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  pthread_join(t[0], 0);
  pthread_join(t[1], 0);
  printf("%d %d\n", two[0], two[1]);
  exit(0);
}
