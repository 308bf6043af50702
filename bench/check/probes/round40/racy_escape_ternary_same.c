/* TRUTH: racy — gp = (c ? &v : &v) publishes main's local v; thread writes *gp (line 6) while main writes v (line 13). */
#include <pthread.h>
int *gp;
int c;
void *w(void *x) {
  *gp = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int v = 0;
  gp = c ? &v : &v;
  pthread_create(&t1, 0, w, 0);
  v = 2;
  pthread_join(t1, 0);
  return v;
}
