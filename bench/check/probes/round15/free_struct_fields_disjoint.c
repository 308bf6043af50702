/* Race-free: the thread writes only obj.inner.x while main concurrently writes only obj.other, distinct memory locations. */
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
  for (int i = 0; i < 3; i++) obj.other += rand() % 4;
  pthread_join(t, NULL);
  printf("%d %d\n", obj.inner.x, obj.other);
  return 0;
}
