/* racy: both threads get &items[0].link, so via container_of they both update items[0].value */
#include <pthread.h>
#include <stddef.h>
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct link { struct link *next; };
struct item { int value; struct link link; int hits; };
struct item items[2];
void *w(void *p) {
  struct item *it = container_of((struct link *)p, struct item, link);
  it->value += 5;
  it->hits++;
  return NULL;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, &items[0].link);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return items[0].value;
}
