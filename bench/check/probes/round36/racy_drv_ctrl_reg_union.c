/* TRUTH: racy — ctrl.bits.irq_pending and ctrl.bits.mode are adjacent non-zero-width bit-fields of one struct, hence ONE memory location (C11 3.14), even though the struct is a member of a union: the ISR thread's write ctrl.bits.irq_pending = 1 and the ioctl thread's write ctrl.bits.mode = 2 conflict and are unordered (no lock). */
#include <pthread.h>
union ctrl_reg { struct { unsigned enable : 1; unsigned irq_pending : 1; unsigned mode : 2; } bits; unsigned raw; };
static union ctrl_reg ctrl;
struct hw_ops { void (*isr)(void); long (*ioctl)(int); };
static void hw_isr(void) { ctrl.bits.irq_pending = 1; }
static long hw_ioctl(int mode) { ctrl.bits.mode = mode; return 0; }
static struct hw_ops ops = { hw_isr, hw_ioctl };
static void *isr_thread(void *a) { ops.isr(); return 0; }
static void *ioctl_thread(void *a) { ops.ioctl(2); return 0; }
int main(void) {
  pthread_t i, c;
  ctrl.raw = 0;
  pthread_create(&i, 0, isr_thread, 0);
  pthread_create(&c, 0, ioctl_thread, 0);
  pthread_join(i, 0); pthread_join(c, 0);
  return (int)ctrl.raw;
}
