/* Race-free: main fills a heap buffer, hands it to one thread and never touches it again; the thread uses and frees it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct msg { int n; int *vals; };
void *consume(void *arg) {
  struct msg *m = arg;
  long s = 0;
  for (int i = 0; i < m->n; i++) s += m->vals[i];
  printf("%ld\n", s);
  free(m->vals);
  free(m);
  return NULL;
}
int main(void) {
  struct msg *m = malloc(sizeof *m);
  if (!m) return 1;
  m->n = 2 + rand() % 6;
  m->vals = malloc(sizeof(int) * m->n);
  if (!m->vals) return 1;
  for (int i = 0; i < m->n; i++) m->vals[i] = i * 2;
  pthread_t t;
  pthread_create(&t, NULL, consume, m);
  pthread_join(t, NULL);
  return 0;
}
