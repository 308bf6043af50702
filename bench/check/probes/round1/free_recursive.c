/* TRUTH: free. Recursive mutex: the inner helper re-locks; every access is under m. */
#include <pthread.h>
pthread_mutex_t m;
int depth;
static void inner(void) { pthread_mutex_lock(&m); depth++; pthread_mutex_unlock(&m); }
void *worker(void *arg) {
  pthread_mutex_lock(&m);
  inner();
  depth--;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&m, &a);
  pthread_t x, y;
  pthread_create(&x, NULL, worker, NULL);
  pthread_create(&y, NULL, worker, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return depth;
}
