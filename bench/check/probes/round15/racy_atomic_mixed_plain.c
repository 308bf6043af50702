/* Racy: one thread updates cnt with __atomic_fetch_add but the other does a plain cnt++, which is a non-atomic access. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int cnt;
void *a(void *arg) {
  (void)arg;
  for (int i = 0; i < 4; i++) __atomic_fetch_add(&cnt, 1, __ATOMIC_SEQ_CST);
  return NULL;
}
void *b(void *arg) {
  (void)arg;
  for (int i = 0; i < 4; i++) cnt++;
  return NULL;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, a, NULL);
  pthread_create(&y, NULL, b, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  printf("%d\n", cnt);
  return 0;
}
