/* TRUTH: free. spawn() called twice with &a and &b; each instance writes only its own global. */
#include <pthread.h>
static int a, b;
static void *w(void *v) { int *p = v; (*p)++; return NULL; }
static void spawn(pthread_t *t, int *arg) { pthread_create(t, NULL, w, arg); }
int main(void) {
  pthread_t t1, t2;
  spawn(&t1, &a);
  spawn(&t2, &b);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return a + b;
}
