/* TRUTH: racy. main allocates a config, publishes it through a global, starts the
   reader, and then keeps modifying the config through its own pointer. */
#include <pthread.h>
#include <stdlib.h>
struct cfg { int level; int verbose; };
struct cfg *current;
void *reader(void *arg) { return (void *)(long)current->level; }
int main(void) {
  struct cfg *c = malloc(sizeof *c);
  c->level = 1; c->verbose = 0;
  current = c;
  pthread_t t;
  pthread_create(&t, NULL, reader, NULL);
  c->level = 2;
  pthread_join(t, NULL);
  free(c);
  return 0;
}
