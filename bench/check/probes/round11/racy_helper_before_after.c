// racy: main calls reset() between create and join, concurrently with the worker's reset().
#include <pthread.h>
int x;
static void reset(int v) { x = v; }
static void *w(void *a) { reset(2); return 0; }
int main(void) {
  pthread_t t;
  reset(1);
  pthread_create(&t, 0, w, 0);
  reset(3);
  pthread_join(t, 0);
  return x;
}
