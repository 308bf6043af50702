/* TRUTH: racy — start(&a), then p=&b; start(p) starts b; x=2 written before b.t joined */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

struct wk { pthread_t t; } a, b;
int x;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }
void start(struct wk *k) { pthread_create(&k->t, 0, w, k); }
int main(void) {
  struct wk *p = &a;
  start(&a);
  p = &b;
  start(p);
  pthread_join(a.t, 0);
  x = 2;
  pthread_join(b.t, 0);
  return 0;
}
