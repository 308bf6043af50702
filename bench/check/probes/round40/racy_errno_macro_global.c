/* TRUTH: racy — no <errno.h>: "errno" is a user macro for the plain global my_err; both threads write my_err (line 5) unsynchronized. */
#include <pthread.h>
int my_err;
#define errno my_err
void *w(void *x) { errno = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
