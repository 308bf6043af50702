/* TRUTH: racy — both threads get non-NULL args (&x, &y): both run g = 1 (line 8) unsynchronized. */
#include <pthread.h>
#include <stddef.h>
int g, x, y;
void *w(void *arg) {
  if (arg == NULL)
    return 0;
  g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, &y);
  pthread_create(&t2, 0, w, &x);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return g;
}
