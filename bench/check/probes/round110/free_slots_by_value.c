/* TRUTH: free — each thread writes only results[id] (id passed by value); main reads after joining all */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 8

long results[N];

static void *square(void *arg) {
  intptr_t id = (intptr_t)arg;
  long acc = 0;
  for (long k = 0; k <= id; k++) acc += 2 * k + 1;
  results[id] = acc;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (intptr_t i = 0; i < N; i++) pthread_create(&t[i], NULL, square, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  long s = 0;
  for (int i = 0; i < N; i++) s += results[i];
  printf("%ld\n", s);
  return 0;
}
