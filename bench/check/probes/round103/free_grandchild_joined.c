/* TRUTH: free — child creates and joins the grandchild before reading g; main joins the child before reading g */
#include <pthread.h>

int g;
int seen_by_child;

void *grandchild(void *arg) {
  g = 42;
  return 0;
}

void *child(void *arg) {
  pthread_t gc;
  pthread_create(&gc, 0, grandchild, 0);
  pthread_join(gc, 0);
  seen_by_child = g;
  g = g + 1;
  return 0;
}

int main(void) {
  pthread_t c;
  pthread_create(&c, 0, child, 0);
  pthread_join(c, 0);
  return g + seen_by_child;
}
