// racy: module_exit clears 'registered' before joining the handlers, while they read it.
#include <pthread.h>
static int registered;
static int buf_size;
static pthread_mutex_t io_lock = PTHREAD_MUTEX_INITIALIZER;
static int bytes_total;
static pthread_t r, w;
static void *drv_read(void *a) {
  if (!registered) return 0;
  pthread_mutex_lock(&io_lock);
  bytes_total += buf_size;
  pthread_mutex_unlock(&io_lock);
  return 0;
}
static void *drv_write(void *a) {
  if (!registered) return 0;
  pthread_mutex_lock(&io_lock);
  bytes_total -= buf_size / 2;
  pthread_mutex_unlock(&io_lock);
  return 0;
}
static int module_init_fn(void) {
  buf_size = 4096;
  registered = 1;
  pthread_create(&r, 0, drv_read, 0);
  pthread_create(&w, 0, drv_write, 0);
  return 0;
}
static void module_exit_fn(void) {
  registered = 0;
  pthread_join(r, 0);
  pthread_join(w, 0);
}
int main(void) {
  module_init_fn();
  module_exit_fn();
  return bytes_total;
}
