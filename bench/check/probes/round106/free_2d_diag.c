/* TRUTH: free — instance k writes grid[k][k]; reads grid[j + 1][j] never match a write (needs k = j + 1 and k = j) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
int grid[N + 1][N + 1]; int out[N];
void *f(void *p) {
  long id = (long)p;
  grid[id][id] = (int)id + 1;
  out[id] = grid[id + 1][id];
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
