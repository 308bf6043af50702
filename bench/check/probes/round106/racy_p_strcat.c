/* TRUTH: racy — strcat(&buf[2*id], "z") reads/writes buf[2*id+1], buf[2*id+2]; neighbour writes buf[2*id+2] (TSan does not see it) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 4
char buf[2*N + 2];
void *f(void *p) {
  long id = (long)p;
  buf[2*id] = (char)(48 + id); strcat(&buf[2*id], "z");
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
