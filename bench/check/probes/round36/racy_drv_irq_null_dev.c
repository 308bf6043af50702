/* TRUTH: racy — both irq_thread instances get a device (&dev0 and &dev1), so both pass the NULL check and write last_irq = d->id: unordered writes of last_irq by the two threads. */
#include <pthread.h>
#include <stddef.h>
struct irq_dev { int id; int irqs; };
static struct irq_dev dev0 = { 3, 0 }, dev1 = { 4, 0 };
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
  pthread_create(&t1, 0, irq_thread, &dev1);
  pthread_join(t0, 0);
  pthread_join(t1, 0);
  return last_irq + dev0.irqs;
}
