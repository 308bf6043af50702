/* TRUTH: racy — main sets gp = &level before creating threads; t1 writes *gp (that is level), t2 writes level directly */
#include <pthread.h>
int level;
int *gp;
void *f1(void *a) { *gp = 4; return 0; }
void *f2(void *a) { level = 5; return 0; }
int main(void) {
  gp = &level;
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return level;
}
