/* Racy: main sums results before the join loop, so its reads race with the workers' writes. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define NT 4
int results[NT];
struct targ { int tid; int n; };
void *work(void *p) {
  struct targ *a = p;
  int c = 0;
  for (int k = 1; k <= a->n; k++) if (k % (a->tid + 2) == 0) c++;
  results[a->tid] = c;
  return NULL;
}
int main(void) {
  pthread_t th[NT];
  struct targ args[NT];
  for (int i = 0; i < NT; i++) { args[i].tid = i; args[i].n = 4 + rand() % 4; }
  for (int i = 0; i < NT; i++) pthread_create(&th[i], NULL, work, &args[i]);
  int total = 0;
  for (int i = 0; i < NT; i++) total += results[i];
  for (int i = 0; i < NT; i++) pthread_join(th[i], NULL);
  printf("%d\n", total);
  return 0;
}
