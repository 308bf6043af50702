/* TRUTH: racy — memset(&buf[id], 0, 2) writes the neighbour’s cell */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 4
char buf[N + 1];
void *f(void *p) {
  long id = (long)p;
  memset(&buf[id], 0, 2);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
