/* TRUTH: racy — gp = c ? &v : &u publishes main's local v (c is 1); the thread writes *gp (line 7) while main writes v (line 15). */
#include <pthread.h>
int *gp;
int c = 1;
int u;
void *w(void *x) {
  *gp = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int v = 0;
  gp = c ? &v : &u;
  pthread_create(&t1, 0, w, 0);
  v = 2;
  pthread_join(t1, 0);
  return v;
}
