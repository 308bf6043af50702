/* TRUTH: free — the open thread polls dev_ready in a while(1) loop, reading it only under dev_mtx, and breaks once it is 1; the probe thread writes fw_len and then sets dev_ready=1 under dev_mtx. The unlock after dev_ready=1 synchronizes with the lock that observed it, so fw_len = 64 happens before the open thread's read of fw_len. */
#include <pthread.h>
static pthread_mutex_t dev_mtx = PTHREAD_MUTEX_INITIALIZER;
static int dev_ready;
static int fw_len;
static void *probe_thread(void *a) {
  fw_len = 64;
  pthread_mutex_lock(&dev_mtx);
  dev_ready = 1;
  pthread_mutex_unlock(&dev_mtx);
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
