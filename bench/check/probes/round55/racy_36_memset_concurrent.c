/* TRUTH: racy — clearer memsets buf while reader reads buf[0] concurrently */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
char buf[32] = "hello";
void *clearer(void *arg) { memset(buf, 0, sizeof buf); return NULL; }
void *reader(void *arg) { char c = buf[0]; if (c != 'h' && c != 0) reach_error(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, clearer, NULL);
  pthread_create(&b, NULL, reader, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
