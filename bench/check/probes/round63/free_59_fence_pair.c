/* TRUTH: free — release fence before the relaxed flag store and acquire fence after the relaxed load that saw it: fence-fence synchronization orders note */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int posted;
static int note;
static void *post(void *p) { (void)p; note = 5; atomic_thread_fence(memory_order_release); atomic_store_explicit(&posted, 1, memory_order_relaxed); return 0; }
static void *read_note(void *p) { (void)p; while (!atomic_load_explicit(&posted, memory_order_relaxed)) ; atomic_thread_fence(memory_order_acquire); return (void *)(long)note; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, post, 0); pthread_create(&b, 0, read_note, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
