/* Racy: each thread takes a pointer to the shared template instead of a copy and modifies its fields concurrently. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
struct params { int a, b, c; };
struct params tmpl;
int out[N];
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  struct params *p = &tmpl;
  p->a += id;
  p->b *= id + 1;
  out[id] = p->a + p->b + p->c;
  return NULL;
}
int main(void) {
  tmpl.a = rand() % 3; tmpl.b = 2; tmpl.c = 5;
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d %d\n", out[0], out[1], out[2]);
  return 0;
}
