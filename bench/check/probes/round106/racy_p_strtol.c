/* TRUTH: racy — strtol(&buf[id]) reads buf[id + 1], written by the neighbour (TSan does not intercept strtol) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define N 4
char buf[N + 1];
void *f(void *p) {
  long id = (long)p;
  buf[id] = 49; (void)strtol(&buf[id], 0, 10);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
