/* TRUTH: free — each thread takes &errno of its OWN thread-local errno and writes through it (line 6); the address never leaves the thread; g untouched. */
#include <pthread.h>
#include <errno.h>
void *w(void *x) {
  int *e = &errno;
  *e = 5;
  errno = 7;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
