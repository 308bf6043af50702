/* TRUTH: free. errno is thread-local; both threads set and read it. */
#include <pthread.h>
#include <errno.h>
#include <stdlib.h>
void *worker(void *arg) {
  errno = 0;
  long v = strtol((const char *)arg, NULL, 10);
  if (errno == ERANGE) v = -1;
  return (void *)v;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, "12");
  pthread_create(&b, NULL, worker, "99999999999999999999999");
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
