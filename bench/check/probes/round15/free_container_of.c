/* Race-free: each thread gets the embedded list node of its own item, recovers the item with container_of and writes only that item. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))
#define N 3
struct link { struct link *next; };
struct item { int key; struct link node; long score; };
struct item items[N];
void *scorer(void *arg) {
  struct link *l = arg;
  struct item *it = container_of(l, struct item, node);
  it->score = (long)it->key * 11;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) items[i].key = rand() % 100;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, scorer, &items[i].node);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++) printf("%ld\n", items[i].score);
  return 0;
}
