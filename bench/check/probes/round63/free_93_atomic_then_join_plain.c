/* TRUTH: free — threads only use __atomic_add_fetch on events; main's plain read comes after joining both */
#include <pthread.h>
static int events;
static void *emit(void *p) { (void)p; for (int i = 0; i < 20; i++) __atomic_add_fetch(&events, 1, __ATOMIC_RELAXED); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, emit, 0); pthread_create(&b, 0, emit, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return events != 40;
}
