/* TRUTH: racy — probe_thread writes fw_len = 64 after releasing dev_mtx with dev_ready=1, so open_thread may see dev_ready==1 and read fw_len (its return) concurrently with that plain write. */
#include <pthread.h>
static pthread_mutex_t dev_mtx = PTHREAD_MUTEX_INITIALIZER;
static int dev_ready;
static int fw_len;
static void *probe_thread(void *a) {
  pthread_mutex_lock(&dev_mtx);
  dev_ready = 1;
  pthread_mutex_unlock(&dev_mtx);
  fw_len = 64;
  return 0;
}
static void *open_thread(void *a) {
  int r;
  while (1) {
    pthread_mutex_lock(&dev_mtx);
    r = dev_ready;
    pthread_mutex_unlock(&dev_mtx);
    if (r) break;
  }
  return (void *)(long)fw_len;
}
int main(void) {
  pthread_t p, q;
  pthread_create(&p, 0, probe_thread, 0);
  pthread_create(&q, 0, open_thread, 0);
  pthread_join(p, 0); pthread_join(q, 0);
  return 0;
}
