/* TRUTH: racy — &((struct s *)0)->a is a null pointer (offset 0), so start() != NULL is false, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
struct s { int a, b; };
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int *start(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  return &((struct s *)0)->a;
}
int main(void) {
  if (start() != NULL) pthread_join(t, 0);
  x = 2;
  return 0;
}
