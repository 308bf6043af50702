/* TRUTH: racy — two blocks of one function each declare their own `static pthread_mutex_t m`; the thread takes the first for id 0 and the second otherwise, so the two threads' `count++` hold different mutexes. */
#include <pthread.h>
static int count;
static void *w(void *p) {
  long id = (long)p;
  if (id == 0) {
    static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&m);
    count++;
    pthread_mutex_unlock(&m);
  } else {
    static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&m);
    count++;
    pthread_mutex_unlock(&m);
  }
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, (void *)0);
  pthread_create(&b, 0, w, (void *)1);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return count;
}
