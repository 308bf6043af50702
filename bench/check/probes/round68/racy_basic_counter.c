/* TRUTH: racy — thread2 increments counter without the mutex while thread1 holds it */
#include <pthread.h>
#include <assert.h>
int counter;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *thread1(void *arg) { pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); return 0; }
void *thread2(void *arg) { counter++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, thread1, 0);
  pthread_create(&b, 0, thread2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
