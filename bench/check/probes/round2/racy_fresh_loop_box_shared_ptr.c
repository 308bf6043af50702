/* TRUTH: racy. Fresh box per thread allocated in the loop body, but each box's `cnt`
   points at the same global; both threads increment it. */
#include <pthread.h>
#include <stdlib.h>
int counter;
struct box { int *cnt; int mine; };
void *worker(void *arg) { struct box *b = arg; b->mine = 1; *b->cnt += 1; return NULL; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    struct box *b = malloc(sizeof *b);
    if (!b) return 1;
    b->cnt = &counter;
    pthread_create(&t[i], NULL, worker, b);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return counter;
}
