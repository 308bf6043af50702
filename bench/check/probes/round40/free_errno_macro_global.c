/* TRUTH: free — errno is a user macro for my_err, but writes are under mutex m (line 7). */
#include <pthread.h>
int my_err;
#define errno my_err
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x) {
  pthread_mutex_lock(&m); errno = 1; pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
