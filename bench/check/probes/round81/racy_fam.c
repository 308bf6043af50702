/* TRUTH: racy — both threads write v->d[1] of flexible array member */
#include <pthread.h>
#include <stdlib.h>
struct V { int n; int d[]; };
struct V *v;
void *w(void *p) { v->d[(long)p] = 5; return 0; }
int main(void) {
  pthread_t t;
  v = malloc(sizeof *v + 4 * sizeof(int));
  v->n = 4;
  pthread_create(&t, 0, w, (void *)1);
  v->d[1] = 9;
  pthread_join(t, 0);
  return v->d[1];
}
