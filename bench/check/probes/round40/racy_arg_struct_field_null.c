/* TRUTH: racy — d = arg is non-NULL for both threads (&d1, &d2): both run g++ (line 11). */
#include <pthread.h>
#include <stddef.h>
struct dev { int *p; };
struct dev d1, d2;
int g;
void *w(void *arg) {
  struct dev *d = arg;
  if (d == NULL)
    return 0;
  g++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, &d1);
  pthread_create(&t2, 0, w, &d2);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
