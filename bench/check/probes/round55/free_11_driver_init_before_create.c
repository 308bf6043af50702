/* TRUTH: free — device struct fully initialised before the reader threads are created; threads only read it */
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
struct device { int irq; int base; int (*read)(struct device *); };
static int dev_read(struct device *d) { return d->base + d->irq; }
struct device *gdev;
void *reader(void *arg) {
  struct device *d = gdev;
  if (d->read(d) != 0x310) reach_error();
  return NULL;
}
int main(void) {
  gdev = malloc(sizeof *gdev);
  if (!gdev) return 1;
  gdev->irq = 0x10; gdev->base = 0x300; gdev->read = dev_read;
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, reader, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  free(gdev);
  return 0;
}
