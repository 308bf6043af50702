/* TRUTH: racy — main stores &v through pp = &gp (so gp = &v); the thread writes *gp (line 5) while main writes v (line 14). */
#include <pthread.h>
int *gp;
void *w(void *x) {
  *gp = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int v = 0;
  int **pp = &gp;
  *pp = &v;
  pthread_create(&t1, 0, w, 0);
  v = 2;
  pthread_join(t1, 0);
  return v;
}
