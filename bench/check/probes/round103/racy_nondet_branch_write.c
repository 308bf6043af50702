/* TRUTH: racy — when nondet picks the else branch, t2 writes 'shared' while t1 reads it, no sync */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void assume_abort_if_not(int cond) { if (!cond) abort(); }

int shared = 5;
int local_copy;

void *reader(void *arg) {
  local_copy = shared;
  return 0;
}

void *maybe_writer(void *arg) {
  int c = __VERIFIER_nondet_int();
  assume_abort_if_not(c >= 0 && c <= 3);
  if (c < 2) {
    int tmp = c * 7;
    (void)tmp;
  } else {
    shared = c;
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, reader, 0);
  pthread_create(&b, 0, maybe_writer, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
