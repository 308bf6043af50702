/* TRUTH: free — the lock model spin_lock = atomic{ assume(lk==0); lk=1 } / spin_unlock = atomic{ lk=0 } gives mutual exclusion on the global lk; every access to dev_state/dev_irq_count in the ISR and in dev_ioctl is between spin_lock and spin_unlock; lk itself is only touched inside atomic sections. */
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
  spin_lock();
  dev_irq_count++;
  if (dev_state == 1) dev_state = 2;
  spin_unlock();
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
