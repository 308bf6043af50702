/* Racy: main reads r->status through the original pointer before joining the worker that writes it via container_of. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
struct work { void (*fn)(struct work *); };
struct request { int id; int status; struct work w; char reply[8]; };
static void handle(struct work *w) {
  struct request *r = (struct request *)((char *)w - offsetof(struct request, w));
  r->status = 200 + r->id % 3;
  r->reply[0] = 'o'; r->reply[1] = 'k'; r->reply[2] = 0;
}
void *runner(void *arg) {
  struct work *w = arg;
  w->fn(w);
  return NULL;
}
int main(int argc, char **argv) {
  (void)argv;
  struct request *r = calloc(1, sizeof *r);
  if (!r) return 1;
  r->id = argc;
  r->w.fn = handle;
  pthread_t t;
  pthread_create(&t, NULL, runner, &r->w);
  if (r->status == 0) puts("pending");
  pthread_join(t, NULL);
  printf("%d %s\n", r->status, r->reply);
  free(r);
  return 0;
}
