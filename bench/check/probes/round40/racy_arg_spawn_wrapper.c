/* TRUTH: racy — spawn() is called with NULL and with &x, but also with &y: two threads get non-NULL and both write g (line 8). */
#include <pthread.h>
#include <stddef.h>
int g, x, y;
pthread_t t[3];
void *w(void *arg) {
  if (arg == NULL) return 0;
  g = 1;
  return 0;
}
static void spawn(int i, void *a) { pthread_create(&t[i], 0, w, a); }
int main(void) {
  spawn(0, NULL);
  spawn(1, &x);
  spawn(2, &y);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return 0;
}
