/* TRUTH: racy — s.mode starts 0 but main assigns the whole struct s = t (mode 5) before creating threads; both threads see s.mode == 5 and write g (line 9). */
#include <pthread.h>
struct S { int mode; int pad; };
struct S s;
struct S t = {5, 0};
int g;
void *w(void *x) {
  if (s.mode == 5)
    g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  s = t;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
