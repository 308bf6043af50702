/* TRUTH: racy — my_isr increments dev_irq_count with no lock (its spin_lock/spin_unlock calls removed) while my_ioctl reads dev_irq_count under spin_lock in the other thread (when nondet cmd != 1): unordered write/read; also dev_state write in my_isr vs my_ioctl. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern int __VERIFIER_nondet_int(void);
static int lk;
static void spin_lock(void) { __VERIFIER_atomic_begin(); __VERIFIER_assume(lk == 0); lk = 1; __VERIFIER_atomic_end(); }
static void spin_unlock(void) { __VERIFIER_atomic_begin(); lk = 0; __VERIFIER_atomic_end(); }
static int dev_state;
static int dev_irq_count;
struct drv { void (*isr)(int); int (*ioctl)(int, int); };
static void my_isr(int irq) {
  dev_irq_count++;
  if (dev_state == 1) dev_state = 2;
}
static int my_ioctl(int cmd, int arg) {
  int r = 0;
  spin_lock();
  if (cmd == 1) dev_state = arg; else r = dev_irq_count;
  spin_unlock();
  return r;
}
static struct drv d = { .isr = my_isr, .ioctl = my_ioctl };
static void *irq_fn(void *p) { d.isr(5); return 0; }
static void *user_fn(void *p) { d.ioctl(__VERIFIER_nondet_int(), 1); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, irq_fn, 0);
  pthread_create(&t2, 0, user_fn, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return dev_state;
}
