/* TRUTH: racy — n is a STATIC local (one object shared by all calls), initialized 3, and set to 0 by main before creating threads: n > 2 is false, g++ (line 10) runs in both threads. (n itself is only written by main before create.) */
#include <pthread.h>
int g;
static int *np;
void *w(void *x) {
  static int n = 3;
  if (x) { np = &n; return 0; }
  if (n > 2)
    pthread_exit(0);
  g++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  w((void *)1);
  *np = 0;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
