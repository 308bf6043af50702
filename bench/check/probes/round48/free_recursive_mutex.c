/* TRUTH: free — a recursive mutex is locked twice (outer and inner) around x in both threads */
#include <pthread.h>
int x; pthread_mutex_t m;
static void inner(void) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); }
void *t(void *a) { pthread_mutex_lock(&m); inner(); x++; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_mutexattr_t at; pthread_t a, b;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&m, &at);
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
