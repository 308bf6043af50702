/* Racy: main writes obj.inner.x while the thread writes the same field through its pointer to obj.inner. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct inner { int x; int y; };
struct outer { struct inner inner; int other; };
struct outer obj;
void *touch_inner(void *arg) {
  struct inner *in = arg;
  for (int i = 0; i < 3; i++) in->x += i;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, touch_inner, &obj.inner);
  for (int i = 0; i < 3; i++) obj.inner.x += rand() % 4;
  pthread_join(t, NULL);
  printf("%d %d\n", obj.inner.x, obj.other);
  return 0;
}
