/* TRUTH: racy — cleaner clears buf with memset (writes) while reader reads buf[k] without synchronization */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <string.h>
#define LEN 16
int buf[LEN];

void *cleaner(void *arg) {
  int rounds = __VERIFIER_nondet_int();
  int r;
  __VERIFIER_assume(rounds >= 1 && rounds <= 3);
  for (r = 0; r < rounds; r++)
    memset(buf, 0, sizeof(buf));
  return 0;
}

void *reader(void *arg) {
  int k = __VERIFIER_nondet_int();
  __VERIFIER_assume(k >= 0 && k < LEN);
  int v = buf[k];
  if (!(v == 0 || v == k + 1)) reach_error();
  return 0;
}

int main(void) {
  pthread_t c, r;
  int i;
  for (i = 0; i < LEN; i++) buf[i] = i + 1;
  pthread_create(&c, 0, cleaner, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(c, 0);
  pthread_join(r, 0);
  return 0;
}
