/* TRUTH: free — `1 || (g++)` never evaluates g++, so the threads never write g. */
#include <pthread.h>
int g;
int r[2];
static void *t(void *p) {
  long id = (long)p;
  r[id] = 1 || (g++);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, (void *)0);
  pthread_create(&y, 0, t, (void *)1);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return g;
}
