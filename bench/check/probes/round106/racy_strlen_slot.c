/* TRUTH: racy — strlen(&buf[id]) reads past buf[id] into buf[id + 1] (and beyond), which the neighbour instance writes concurrently */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 4
char buf[N + 1];
size_t len[N];
void *f(void *p) {
  long id = (long)p;
  buf[id] = (char)('a' + id);
  len[id] = strlen(&buf[id]);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%zu\n", len[0]);
  return 0;
}
