/* TRUTH: racy — each device has its own lock, but both devices' handlers also bump the global total_irqs under their own (different) locks */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

struct dev { pthread_mutex_t lock; int irqs; };
struct dev devs[2];
int total_irqs;

void *irq(void *arg) {
  struct dev *d = arg;
  int i;
  for (i = 0; i < 2; i++) {
    pthread_mutex_lock(&d->lock);
    d->irqs++;
    total_irqs++;
    pthread_mutex_unlock(&d->lock);
  }
  return 0;
}

int main(void) {
  pthread_t t[2];
  int i;
  for (i = 0; i < 2; i++) pthread_mutex_init(&devs[i].lock, 0);
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, irq, &devs[i]);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  if (devs[0].irqs != 2) reach_error();
  return 0;
}
