/* TRUTH: free. main sets g before creating, then pthread_exit; threads increment g under m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) { (void)v; pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t1, t2;
  g = 10;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_exit(NULL);
}
