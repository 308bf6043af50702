/* racy: main peeks at progress without the mutex while the worker increments it under the mutex */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int progress;
void *w(void *p) { (void)p; for (int i = 0; i < 10; i++) { pthread_mutex_lock(&m); progress++; pthread_mutex_unlock(&m); } return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, w, NULL);
  int snap = progress;
  pthread_join(a, NULL);
  return snap;
}
