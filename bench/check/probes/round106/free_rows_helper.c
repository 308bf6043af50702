/* TRUTH: free — work() gets instance id its own row grid[id]; a[id] / a[id + 1] inside are cells of different rows for different instances */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
int grid[N][N + 1]; int out[N];
static int work(int *a, long id) { a[id] = (int)id + 1; return a[id + 1]; }
void *f(void *p) {
  long id = (long)p;
  out[id] = work(grid[id], id);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("done\n");
  return 0;
}
