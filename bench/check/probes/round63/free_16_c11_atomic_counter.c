/* TRUTH: free — hits is _Atomic and only accessed atomically (++ on _Atomic is an atomic RMW); main reads after joins */
#include <pthread.h>
#include <stdatomic.h>
static _Atomic int hits;
static void *hit(void *a) { (void)a; for (int i = 0; i < 50; i++) hits++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, hit, 0); pthread_create(&b, 0, hit, 0);
  int peek = atomic_load(&hits);
  pthread_join(a, 0); pthread_join(b, 0);
  return hits + peek;
}
