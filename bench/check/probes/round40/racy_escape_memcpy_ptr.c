/* TRUTH: racy — main copies p = &v into global gp with memcpy; the thread writes *gp (line 6) while main writes v (line 15). */
#include <pthread.h>
#include <string.h>
int *gp;
void *w(void *x) {
  *gp = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int v = 0;
  int *p = &v;
  memcpy(&gp, &p, sizeof p);
  pthread_create(&t1, 0, w, 0);
  v = 2;
  pthread_join(t1, 0);
  return v;
}
