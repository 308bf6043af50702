/* TRUTH: racy — mine is thread-local but each thread points it at the same global g, so both *mine = ... writes hit g */
#include <pthread.h>
int g;
__thread int *mine;
void *w(void *a) { mine = &g; *mine = (int)(long)a; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)1);
  pthread_create(&y, 0, w, (void *)2);
  pthread_join(x, 0); pthread_join(y, 0);
  return g;
}
