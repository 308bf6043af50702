/* TRUTH: racy — writer stores to u.word while reader reads u.bytes[0]; union members overlap the same memory */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
union cell {
  unsigned int word;
  unsigned char bytes[4];
} u;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *writer(void *arg) {
  int v = __VERIFIER_nondet_int();
  pthread_mutex_lock(&m);
  u.word = (unsigned)v;
  pthread_mutex_unlock(&m);
  return 0;
}

void *reader(void *arg) {
  unsigned char b = u.bytes[0];
  if (b > 255) reach_error();
  return 0;
}

int main(void) {
  pthread_t w1, r1;
  pthread_create(&w1, 0, writer, 0);
  pthread_create(&r1, 0, reader, 0);
  pthread_join(w1, 0);
  pthread_join(r1, 0);
  return 0;
}
