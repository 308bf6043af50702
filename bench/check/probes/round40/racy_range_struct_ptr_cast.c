/* TRUTH: racy — cfg.mode (2nd int) starts 0; main writes ((int *)&cfg)[1] = 7 before creating, so both threads see 7 and write g (line 7). */
#include <pthread.h>
struct C { int a; int mode; } cfg;
int g;
void *w(void *x) {
  if (cfg.mode == 7)
    g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  ((int *)&cfg)[1] = 7;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
