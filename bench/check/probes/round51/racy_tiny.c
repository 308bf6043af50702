/* TRUTH: racy — two threads write g with no synchronisation */
#include <pthread.h>
int g;
void *t(void *a) { g = (int)(long)a; return 0; }
int main(void)
{
  pthread_t x, y;
  pthread_create(&x, 0, t, (void *)1L);
  pthread_create(&y, 0, t, (void *)2L);
  pthread_join(x, 0); pthread_join(y, 0);
  return g;
}
