/* TRUTH: free — NULL redefined to non-null; !probe() false, so join before x */
#include <pthread.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int dummy;
#undef NULL
#define NULL ((void *)&dummy)
void *probe(void) { pthread_create(&t, 0, w, 0); return NULL; }
int main(void) {
  if (!probe()) { x = 2; return 0; }
  pthread_join(t, 0);
  x = 2;
  return 0;
}
