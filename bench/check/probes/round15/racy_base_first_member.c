/* Racy: the handler upcasts the base pointer (first member) back to struct conn and writes bytes, which main also updates before joining. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct base { int kind; int refs; };
struct conn { struct base hdr; long bytes; int fd; };
static void on_event(struct base *b) {
  if (b->kind == 1) {
    struct conn *c = (struct conn *)b;
    c->bytes += 512;
  }
}
void *handler(void *arg) {
  on_event(arg);
  return NULL;
}
int main(int argc, char **argv) {
  (void)argv;
  struct conn *c = calloc(1, sizeof *c);
  if (!c) return 1;
  c->hdr.kind = 1;
  c->fd = argc;
  pthread_t t;
  pthread_create(&t, NULL, handler, &c->hdr);
  c->bytes += 64;
  pthread_join(t, NULL);
  printf("%ld\n", c->bytes);
  free(c);
  return 0;
}
