// free: dev_ready is set before any handler thread is created; handlers only read it.
#include <pthread.h>
static int dev_ready;
static int rx_count;
static pthread_mutex_t rx_lock = PTHREAD_MUTEX_INITIALIZER;
static void *irq_fn(void *a) {
  if (dev_ready) { pthread_mutex_lock(&rx_lock); rx_count++; pthread_mutex_unlock(&rx_lock); }
  return 0;
}
static void *reader(void *a) {
  if (dev_ready) { pthread_mutex_lock(&rx_lock); rx_count--; pthread_mutex_unlock(&rx_lock); }
  return 0;
}
int main(void) {
  pthread_t i, r;
  dev_ready = 1;
  pthread_create(&i, 0, irq_fn, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(i, 0);
  pthread_join(r, 0);
  return rx_count;
}
