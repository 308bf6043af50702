/* race-free: main reads the counter while threads run, but holds the same mutex */
#include <pthread.h>
#include <assert.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int progress;
void *w(void *p) { (void)p; for (int i = 0; i < 10; i++) { pthread_mutex_lock(&m); progress++; pthread_mutex_unlock(&m); } return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, w, NULL);
  pthread_mutex_lock(&m);
  int snap = progress;
  pthread_mutex_unlock(&m);
  pthread_join(a, NULL);
  assert(snap <= progress);
  return 0;
}
