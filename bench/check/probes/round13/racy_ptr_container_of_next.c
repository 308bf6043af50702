/* racy: thread 0 follows its item's link.next to items[1] (container_of) and bumps its hits, which thread 1 also bumps */
#include <pthread.h>
#include <stddef.h>
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct link { struct link *next; };
struct item { int value; struct link link; int hits; };
struct item items[2];
void *w(void *p) {
  struct item *it = container_of((struct link *)p, struct item, link);
  it->hits++;
  if (it->link.next) container_of(it->link.next, struct item, link)->hits++;
  return NULL;
}
int main(void) {
  items[0].link.next = &items[1].link;
  items[1].link.next = NULL;
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, &items[i].link);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return items[1].hits;
}
