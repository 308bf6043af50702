/* TRUTH: free — the same control-register union, but both the ISR thread and the ioctl thread update their bit-field of ctrl.bits only while holding reg_lock (one pthread mutex); main writes ctrl.raw before the creates and reads it after the joins. */
#include <pthread.h>
union ctrl_reg { struct { unsigned enable : 1; unsigned irq_pending : 1; unsigned mode : 2; } bits; unsigned raw; };
static union ctrl_reg ctrl;
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
struct hw_ops { void (*isr)(void); long (*ioctl)(int); };
static void hw_isr(void) { pthread_mutex_lock(&reg_lock); ctrl.bits.irq_pending = 1; pthread_mutex_unlock(&reg_lock); }
static long hw_ioctl(int mode) { pthread_mutex_lock(&reg_lock); ctrl.bits.mode = mode; pthread_mutex_unlock(&reg_lock); return 0; }
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
