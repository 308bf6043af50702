// free: same fops table but both handlers take dev_mutex around dev_pos/dev_buf.
#include <pthread.h>
struct file_operations { void *(*read)(void *); void *(*write)(void *); };
static pthread_mutex_t dev_mutex = PTHREAD_MUTEX_INITIALIZER;
static int dev_pos;
static char dev_buf[64];
static void *drv_read(void *a) {
  pthread_mutex_lock(&dev_mutex);
  int p = dev_pos;
  char c = dev_buf[p & 63];
  pthread_mutex_unlock(&dev_mutex);
  return (void *)(long)c;
}
static void *drv_write(void *a) {
  pthread_mutex_lock(&dev_mutex);
  dev_buf[0] = 'x';
  dev_pos = dev_pos + 1;
  pthread_mutex_unlock(&dev_mutex);
  return 0;
}
static struct file_operations fops;
int main(void) {
  pthread_t r, w;
  fops.read = drv_read;
  fops.write = drv_write;
  pthread_create(&r, 0, fops.read, 0);
  pthread_create(&w, 0, fops.write, 0);
  pthread_join(r, 0);
  pthread_join(w, 0);
  return dev_pos;
}
