/* TRUTH: free — irq_thread is started twice, with &dev0 and with NULL (the second irq line has no device); the NULL instance calls pthread_exit before any shared access, so only the &dev0 instance writes last_irq and dev0.irqs; main reads them only after joining both threads. */
#include <pthread.h>
#include <stddef.h>
struct irq_dev { int id; int irqs; };
static struct irq_dev dev0 = { 3, 0 };
static int last_irq;
static void *irq_thread(void *arg) {
  struct irq_dev *d = arg;
  if (d == NULL) pthread_exit(NULL);
  d->irqs++;
  last_irq = d->id;
  return 0;
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, 0, irq_thread, &dev0);
  pthread_create(&t1, 0, irq_thread, NULL);
  pthread_join(t0, 0);
  pthread_join(t1, 0);
  return last_irq + dev0.irqs;
}
