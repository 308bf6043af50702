/* TRUTH: racy — u.mode starts 0; main writes u.b[0] = 1 (the union's other member overlapping mode's low byte on little-endian x86) before creating: u.mode == 1, both threads write g (line 8). */
#include <pthread.h>
union U { int mode; unsigned char b[4]; };
union U u;
int g;
void *w(void *x) {
  if (u.mode == 1)
    g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  u.b[0] = 1;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
