/* TRUTH: racy — main resets p->count after creating the thread that increments it, before joining */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_23_main_writes_after_create.c", 5, "reach_error"); }
struct counter { int count; };

void *bump(void *arg) {
  struct counter *c = arg;
  c->count++;
  return NULL;
}

int main(void) {
  struct counter *c = malloc(sizeof *c);
  if (!c) return 0;
  c->count = 5;
  pthread_t t;
  pthread_create(&t, NULL, bump, c);
  c->count = 0;
  pthread_join(t, NULL);
  if (c->count > 6) reach_error();
  free(c);
  return 0;
}
