/* TRUTH: racy — snprintf(&buf[id], 2, ..) writes buf[id] and NUL at buf[id + 1], the neighbour instance’s cell */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 4
char buf[N + 1];
void *f(void *p) {
  long id = (long)p;
  snprintf(&buf[id], 2, "%ld", id);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
