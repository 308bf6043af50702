/* TRUTH: racy. Elements are structs; thread i writes its own .v and then, via a helper
   taking the element pointer, c[1].v, which is thread i+1's element. */
#include <pthread.h>
#define N 3
struct cell { int v; };
struct cell cells[N + 1];
static void spill(struct cell *c) { c[1].v = 0; }
void *worker(void *arg) { struct cell *c = arg; c->v = 5; spill(c); return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, cells + i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return cells[1].v;
}
