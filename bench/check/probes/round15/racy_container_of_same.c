/* Racy: two threads get nodes embedded in the same item (node and node2), recover the same container and both write its score. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))
struct link { struct link *next; };
struct item { int key; struct link node; struct link node2; long score; };
struct item the_item;
void *via_node(void *arg) {
  struct item *it = container_of((struct link *)arg, struct item, node);
  it->score += 1;
  return NULL;
}
void *via_node2(void *arg) {
  struct item *it = container_of((struct link *)arg, struct item, node2);
  it->score += 2;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  the_item.key = rand() % 100;
  pthread_create(&a, NULL, via_node, &the_item.node);
  pthread_create(&b, NULL, via_node2, &the_item.node2);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%ld\n", the_item.score);
  return 0;
}
