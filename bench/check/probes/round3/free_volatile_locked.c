/* TRUTH: free. volatile counter, but every access is under m. */
#include <pthread.h>
static volatile int cnt;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) { (void)v; pthread_mutex_lock(&m); cnt = cnt + 1; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return cnt;
}
