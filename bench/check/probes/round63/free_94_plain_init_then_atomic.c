/* TRUTH: free — main writes credits plainly before creating threads; afterwards everyone uses atomic_fetch_sub on it */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int credits;
static void *spend(void *p) { (void)p; atomic_fetch_sub(&credits, 1); return 0; }
int main(void) {
  atomic_init(&credits, 10);
  pthread_t a, b;
  pthread_create(&a, 0, spend, 0); pthread_create(&b, 0, spend, 0);
  int left = atomic_load(&credits);
  pthread_join(a, 0); pthread_join(b, 0);
  return left;
}
