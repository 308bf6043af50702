/* TRUTH: racy — each thread creates the next one before its own x++, so parent's and child's x++ overlap */
#include <pthread.h>
int x;
void *w(void *a) {
  long d = (long)a;
  pthread_t n;
  if (d < 3) pthread_create(&n, 0, w, (void *)(d + 1));
  x++;
  if (d < 3) pthread_join(n, 0);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_join(t, 0);
  return x;
}
