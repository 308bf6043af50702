/* TRUTH: free. Both threads run the same correlated pattern, but x is fixed to 1 by the
   caller; lock taken under if (x) is held under the later if (x). */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
static void update(int x) {
  if (x) pthread_mutex_lock(&m);
  if (x) g++;
  if (x) pthread_mutex_unlock(&m);
}
void *worker(void *arg) { update(1); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  update(1);
  pthread_join(t, NULL);
  return g;
}
