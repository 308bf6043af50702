/* TRUTH: free — gp = &spare (not level); t1 writes spare through gp, t2 writes level: different objects */
#include <pthread.h>
int level, spare;
int *gp;
void *f1(void *a) { *gp = 4; return 0; }
void *f2(void *a) { level = 5; return 0; }
int main(void) {
  gp = &spare;
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return level + spare;
}
