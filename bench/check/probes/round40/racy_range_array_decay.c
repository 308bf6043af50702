/* TRUTH: racy — mode[0] starts 0 but main stores 1 through p = mode (array decay, no &) before creating; both threads see mode[0] == 1 and write g (line 7). */
#include <pthread.h>
int mode[1];
int g;
void *w(void *x) {
  if (mode[0] == 1)
    g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  int *p = mode;
  *p = 1;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
