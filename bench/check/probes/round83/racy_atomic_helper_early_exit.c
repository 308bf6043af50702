/* TRUTH: racy — atomic section is entered via helper enter_cs() but in the nondet early-exit path leave_cs() is called before the write of log_pos, so that write is outside the atomic section and races with the other thread */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int log_pos = 0;
int log_data[8];

void enter_cs(void) { __VERIFIER_atomic_begin(); }
void leave_cs(void) { __VERIFIER_atomic_end(); }

void *logger(void *arg) {
  int v = *(int *)arg;
  int quick = __VERIFIER_nondet_int();
  enter_cs();
  if (log_pos < 8) {
    log_data[log_pos] = v;
    if (quick) {
      leave_cs();
      log_pos = log_pos + 1;
      return 0;
    }
    log_pos = log_pos + 1;
  }
  leave_cs();
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  int a = 1, b = 2;
  pthread_create(&t1, 0, logger, &a);
  pthread_create(&t2, 0, logger, &b);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (!(log_pos <= 2)) reach_error();
  return 0;
}
