// racy: file_operations-style table; read and write handlers are started via fops.read/fops.write; drv_write updates dev_pos unlocked while drv_read reads it.
#include <pthread.h>
struct file_operations { void *(*read)(void *); void *(*write)(void *); };
static int dev_pos;
static char dev_buf[64];
static void *drv_read(void *a) {
  int p = dev_pos;
  return (void *)(long)dev_buf[p & 63];
}
static void *drv_write(void *a) {
  dev_buf[0] = 'x';
  dev_pos = dev_pos + 1;
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
