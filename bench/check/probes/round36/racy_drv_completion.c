/* TRUTH: racy — probe_thread now calls complete() BEFORE writing fw.size = 32, so open_thread may pass wait_for_completion and read fw.size (dev_open) concurrently with that plain write: not ordered by the release/acquire pair. */
#include <pthread.h>
#include <stdatomic.h>
struct completion { atomic_int done; };
struct firmware { int size; char blob[32]; struct completion loaded; };
static struct firmware fw;
static void complete(struct completion *c) { atomic_store_explicit(&c->done, 1, memory_order_release); }
static void wait_for_completion(struct completion *c) { while (atomic_load_explicit(&c->done, memory_order_acquire) == 0) ; }
static void *probe_thread(void *a) {
  for (int i = 0; i < 32; i++) fw.blob[i] = (char)i;
  complete(&fw.loaded);
  fw.size = 32;
  return 0;
}
static int dev_open(void) { wait_for_completion(&fw.loaded); return fw.size + fw.blob[3]; }
static void *open_thread(void *a) { return (void *)(long)dev_open(); }
int main(void) {
  pthread_t p, o;
  pthread_create(&p, 0, probe_thread, 0);
  pthread_create(&o, 0, open_thread, 0);
  pthread_join(p, 0);
  pthread_join(o, 0);
  return 0;
}
