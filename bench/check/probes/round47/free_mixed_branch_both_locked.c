/* TRUTH: free — both branches of the nondeterministic choice acquire m before touching q (through different code shapes) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int q;

void *t(void *arg) {
  if (__VERIFIER_nondet_int()) {
    pthread_mutex_lock(&m);
    q += 2;
    pthread_mutex_unlock(&m);
  } else {
    int tmp;
    pthread_mutex_lock(&m);
    tmp = q;
    tmp = tmp * 2;
    q = tmp;
    pthread_mutex_unlock(&m);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (q < 0) reach_error();
  return 0;
}
