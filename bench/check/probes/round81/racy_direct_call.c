/* TRUTH: racy — main calls the thread function w() directly while the worker runs w(): both write g */
#include <pthread.h>
int g;
void *w(void *a) { g++; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  w(0);
  pthread_join(t, 0);
  return g;
}
