// racy: a pthread increments counter under a mutex while a C11 thread (thrd_create) increments it with no lock.
#include <pthread.h>
#include <threads.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int counter;
void *pw(void *a) { pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); return 0; }
int cw(void *a) { counter++; return 0; }
int main(void) {
  pthread_t a;
  thrd_t b;
  pthread_create(&a, 0, pw, 0);
  thrd_create(&b, cw, 0);
  pthread_join(a, 0);
  thrd_join(b, 0);
  return counter;
}
