/* TRUTH: free — error paths jump to a single 'out' label that unlocks; nitems/last_err are only touched between lock and the unlock at 'out' */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
int nitems;
int last_err;

static int add_item(int v) {
  int ret = 0;
  pthread_mutex_lock(&lk);
  if (v < 0) {
    ret = -1;
    last_err = 1;
    goto out;
  }
  if (nitems >= 5) {
    ret = -2;
    last_err = 2;
    goto out;
  }
  nitems++;
  last_err = 0;
out:
  pthread_mutex_unlock(&lk);
  return ret;
}

void *t(void *arg) {
  int i;
  for (i = 0; i < 3; i++) add_item(__VERIFIER_nondet_int());
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (nitems > 5) reach_error();
  return 0;
}
