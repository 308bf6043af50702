/* TRUTH: free. errno is thread-local in POSIX; both threads write their own errno. */
#include <pthread.h>
#include <errno.h>
void *worker(void *arg) { errno = 0; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  errno = 3;
  pthread_join(t, NULL);
  return 0;
}
