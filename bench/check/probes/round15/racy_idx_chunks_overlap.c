/* Racy: each range runs to hi = lo+CH inclusive, so thread t and thread t+1 both write a[(t+1)*CH]. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define NT 4
#define CH 8
int a[NT * CH + 1];
long part[NT];
void *worker(void *arg) {
  int t = (int)(intptr_t)arg;
  int lo = t * CH, hi = lo + CH;
  long s = 0;
  for (int i = lo; i <= hi; i++) { a[i] = a[i] * 2; s += a[i]; }
  part[t] = s;
  return NULL;
}
int main(void) {
  pthread_t th[NT];
  for (int i = 0; i < NT * CH + 1; i++) a[i] = rand() % 10;
  for (int t = 0; t < NT; t++) pthread_create(&th[t], NULL, worker, (void *)(intptr_t)t);
  for (int t = 0; t < NT; t++) pthread_join(th[t], NULL);
  long s = 0;
  for (int t = 0; t < NT; t++) s += part[t];
  printf("%ld %d\n", s, a[0]);
  return 0;
}
