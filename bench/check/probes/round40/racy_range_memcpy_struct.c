/* TRUTH: racy — flag starts 0; main memcpy's a struct containing 1 into the struct holder before create: holder.flag == 1, both threads write g (line 8). */
#include <pthread.h>
#include <string.h>
struct H { int flag; } holder, src = {1};
int g;
void *w(void *x) {
  if (holder.flag == 1)
    g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  memcpy(&holder, &src, sizeof holder);
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
