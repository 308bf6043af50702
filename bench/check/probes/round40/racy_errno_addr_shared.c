/* TRUTH: racy — main publishes &errno (its own) in gp before creating; thread writes *gp (line 6) while main writes errno (line 13) concurrently. */
#include <pthread.h>
#include <errno.h>
int *gp;
void *w(void *x) {
  *gp = 5;
  return 0;
}
int main(void) {
  pthread_t t1;
  gp = &errno;
  pthread_create(&t1, 0, w, 0);
  errno = 9;
  pthread_join(t1, 0);
  return 0;
}
