/* Race-free: each parent thread creates and joins its own children, which write disjoint cells of grid[parent]; main reads after joining parents. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define P 2
#define C 3
int grid[P][C];
int rowsum[P];
void *child(void *arg) {
  int k = (int)(intptr_t)arg;
  grid[k / C][k % C] = k;
  return NULL;
}
void *parent(void *arg) {
  int p = (int)(intptr_t)arg;
  pthread_t c[C];
  for (int j = 0; j < C; j++) pthread_create(&c[j], NULL, child, (void *)(intptr_t)(p * C + j));
  for (int j = 0; j < C; j++) pthread_join(c[j], NULL);
  int s = 0;
  for (int j = 0; j < C; j++) s += grid[p][j];
  rowsum[p] = s;
  return NULL;
}
int main(void) {
  pthread_t t[P];
  for (int i = 0; i < P; i++) pthread_create(&t[i], NULL, parent, (void *)(intptr_t)i);
  for (int i = 0; i < P; i++) pthread_join(t[i], NULL);
  printf("%d %d\n", rowsum[0], rowsum[1]);
  return 0;
}
