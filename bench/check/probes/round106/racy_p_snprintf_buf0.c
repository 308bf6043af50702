/* TRUTH: racy — all instances snprintf into the same buf */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 4
char buf[8];
void *f(void *p) {
  long id = (long)p;
  snprintf(buf, 4, "%ld", id);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
