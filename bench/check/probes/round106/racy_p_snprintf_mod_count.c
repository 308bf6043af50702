/* TRUTH: racy — snprintf(&buf[(id % 4) * 2], 3, ..) writes 3 bytes: overlaps next instance’s pair */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define N 4
char buf[8];
void *f(void *p) {
  long id = (long)p;
  snprintf(&buf[(id % 4) * 2], 3, "%ld", id + 10);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
