/* TRUTH: free — check and act on owner/count happen inside the same __VERIFIER_atomic block in every thread */
#include <pthread.h>
#include <stdint.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_36_atomic_check_then_act.c", 7, "reach_error"); }
int owner;
int count;

void *acquire(void *arg) {
  int me = (int)(intptr_t)arg;
  __VERIFIER_atomic_begin();
  if (owner == 0) {
    owner = me;
    count++;
  }
  __VERIFIER_atomic_end();
  return 0;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, acquire, (void *)(intptr_t)(i + 1));
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  if (count != 1) reach_error();
  return 0;
}
