/* TRUTH: racy — updater assigns whole struct cur = next while reader reads cur.x */
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
struct pt { int x, y; };
struct pt cur = {0, 0};
void *updater(void *arg) { struct pt next = {1, 1}; cur = next; return NULL; }
void *reader(void *arg) { int x = cur.x; if (x != 0 && x != 1) reach_error(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, updater, NULL);
  pthread_create(&b, NULL, reader, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
