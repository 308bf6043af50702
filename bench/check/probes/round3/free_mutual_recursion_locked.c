/* TRUTH: free. even()/odd() both write g only under m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void odd(int n);
static void even(int n) { if (n <= 0) return; pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); odd(n - 1); }
static void odd(int n) { if (n <= 0) return; pthread_mutex_lock(&m); g--; pthread_mutex_unlock(&m); even(n - 1); }
static void *w(void *v) { (void)v; even(4); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
