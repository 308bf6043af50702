/* TRUTH: racy — on the early-exit branch the loop unlocks and breaks, then writes done_items outside the lock */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_41_break_after_unlock.c", 4, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int done_items;

void *drain(void *arg) {
  int stop = 0;
  for (int i = 0; i < 4; i++) {
    pthread_mutex_lock(&m);
    if (__VERIFIER_nondet_int()) {
      pthread_mutex_unlock(&m);
      stop = 1;
      break;
    }
    done_items++;
    pthread_mutex_unlock(&m);
  }
  if (stop)
    done_items += 100;
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, drain, NULL);
  pthread_create(&b, NULL, drain, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (done_items > 208) reach_error();
  return 0;
}
