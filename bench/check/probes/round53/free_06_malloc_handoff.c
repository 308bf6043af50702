/* TRUTH: free — main initialises the malloc'd object before create, thread writes it, main reads only after join */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_06_malloc_handoff.c", 5, "reach_error"); }
struct job { int in; int out; };

void *compute(void *arg) {
  struct job *j = (struct job *)arg;
  j->out = j->in * j->in;
  return NULL;
}

int main(void) {
  struct job *j = malloc(sizeof *j);
  if (!j) return 0;
  j->in = 7;
  j->out = 0;
  pthread_t t;
  pthread_create(&t, NULL, compute, j);
  pthread_join(t, NULL);
  if (j->out != 49) reach_error();
  free(j);
  return 0;
}
