/* TRUTH: racy — main sets dev.base after creating the reader thread, which reads dev.base */
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
struct device { int irq; int base; };
struct device dev;
void *irq_handler(void *arg) {
  int b = dev.base;
  if (b != 0 && b != 0x300) reach_error();
  return NULL;
}
int main(void) {
  dev.irq = 5;
  pthread_t t;
  pthread_create(&t, NULL, irq_handler, NULL);
  dev.base = 0x300; /* probe finishes after irq registered */
  pthread_join(t, NULL);
  return 0;
}
