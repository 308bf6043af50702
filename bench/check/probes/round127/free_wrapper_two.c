/* TRUTH: free — start(&a), start(&b) each joined by their own handle */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

struct wk { pthread_t t; int v; } a, b;
int x;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }
void start(struct wk *k) { pthread_create(&k->t, 0, w, k); }
int main(void) {
  start(&a);
  start(&b);
  pthread_join(b.t, 0);
  pthread_join(a.t, 0);
  x = 2;
  return 0;
}
