/* TRUTH: free — driver model: irq handler and ioctl path both access dev_state under irq_lock (spin_lock_irqsave modelled as mutex) */
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
pthread_mutex_t irq_lock = PTHREAD_MUTEX_INITIALIZER;
int dev_state;
int pending;
static void spin_lock_irqsave(void) { pthread_mutex_lock(&irq_lock); }
static void spin_unlock_irqrestore(void) { pthread_mutex_unlock(&irq_lock); }
static void handle_irq(void) { spin_lock_irqsave(); pending++; dev_state = 2; spin_unlock_irqrestore(); }
static int dev_ioctl(int cmd) {
  int r;
  spin_lock_irqsave();
  if (cmd == 1) { dev_state = 1; pending = 0; }
  r = dev_state;
  spin_unlock_irqrestore();
  return r;
}
void *irq_thread(void *arg) { for (int i = 0; i < 2; i++) handle_irq(); return NULL; }
void *user_thread(void *arg) { int r = dev_ioctl(__VERIFIER_nondet_int()); if (r < 0 || r > 2) reach_error(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, irq_thread, NULL);
  pthread_create(&b, NULL, user_thread, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
