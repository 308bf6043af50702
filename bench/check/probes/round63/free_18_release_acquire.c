/* TRUTH: free — data written before a release store of flag; reader reads data only after an acquire load saw 1 */
#include <pthread.h>
#include <stdatomic.h>
static int data;
static atomic_int flag;
static void *writer(void *a) { (void)a; data = 99; atomic_store_explicit(&flag, 1, memory_order_release); return 0; }
static void *reader(void *a) { (void)a; while (!atomic_load_explicit(&flag, memory_order_acquire)) ; return (void *)(long)data; }
int main(void) {
  pthread_t w, r;
  pthread_create(&r, 0, reader, 0); pthread_create(&w, 0, writer, 0);
  pthread_join(w, 0); pthread_join(r, 0);
  return 0;
}
