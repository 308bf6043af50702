/* TRUTH: racy. bump() is called under m by t1 and without m by t2. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void bump(void) { g++; }
static void *t1f(void *v) { (void)v; pthread_mutex_lock(&m); bump(); pthread_mutex_unlock(&m); return NULL; }
static void *t2f(void *v) { (void)v; bump(); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, t1f, NULL);
  pthread_create(&t2, NULL, t2f, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
