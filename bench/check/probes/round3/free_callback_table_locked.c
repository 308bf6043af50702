/* TRUTH: free. Callbacks from a table, both touching g under m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void op_set(void) { pthread_mutex_lock(&m); g = 1; pthread_mutex_unlock(&m); }
static void op_get(void) { pthread_mutex_lock(&m); volatile int x = g; (void)x; pthread_mutex_unlock(&m); }
static void (*ops[2])(void) = { op_set, op_get };
static void *w(void *v) { ops[(long)v](); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, (void *)0);
  pthread_create(&t2, NULL, w, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
