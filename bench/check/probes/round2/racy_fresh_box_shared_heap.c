/* TRUTH: racy. Each thread gets a fresh box, but both boxes point at one shared heap
   int allocated by main; both threads write it. */
#include <pthread.h>
#include <stdlib.h>
struct box { int *cnt; int mine; };
void *worker(void *arg) { struct box *b = arg; b->mine = 1; *b->cnt = b->mine + 1; return NULL; }
int main(void) {
  int *shared = malloc(sizeof *shared);
  if (!shared) return 1;
  *shared = 0;
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    struct box *b = malloc(sizeof *b);
    if (!b) return 1;
    b->cnt = shared;
    pthread_create(&t[i], NULL, worker, b);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return *shared;
}
