// racy: init starts the irq thread, then sets dev_ready = 1 before starting the reader; irq reads dev_ready concurrently with that write.
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
  pthread_create(&i, 0, irq_fn, 0);
  dev_ready = 1;
  pthread_create(&r, 0, reader, 0);
  pthread_join(i, 0);
  pthread_join(r, 0);
  return rx_count;
}
