/* TRUTH: racy — memmove(&buf[id], "ab", 2) writes buf[id + 1] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#define N 4
char buf[N + 1];
void *f(void *p) {
  long id = (long)p;
  memmove(&buf[id], "ab", 2);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
