/* TRUTH: racy — strcpy(&buf[id], "x") writes buf[id] and buf[id + 1] (TSan needs -fno-builtin: GCC inlines it uninstrumented) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 4
char buf[N + 1];
void *f(void *p) {
  long id = (long)p;
  strcpy(&buf[id], "x");
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
