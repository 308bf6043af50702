/* TRUTH: racy. main's local array {&g} is handed to both threads, which write *ps[0] = g. */
#include <pthread.h>
static int g;
static void *w(void *v) { int **ps = v; *ps[0] += 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  int *ps[1] = { &g };
  pthread_create(&t1, NULL, w, ps);
  pthread_create(&t2, NULL, w, ps);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
