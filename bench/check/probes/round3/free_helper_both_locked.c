/* TRUTH: free. bump() called only with m held, from two different call chains. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void bump(void) { g++; }
static void locked_bump(void) { pthread_mutex_lock(&m); bump(); pthread_mutex_unlock(&m); }
static void *t1f(void *v) { (void)v; pthread_mutex_lock(&m); bump(); pthread_mutex_unlock(&m); return NULL; }
static void *t2f(void *v) { (void)v; locked_bump(); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, t1f, NULL);
  pthread_create(&t2, NULL, t2f, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
