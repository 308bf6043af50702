/* TRUTH: free — scratch is __thread, so every thread (and main) has its own copy */
#include <pthread.h>
static __thread int scratch;
static void *use(void *p) { for (int i = 0; i < 5; i++) scratch += (int)(long)p; return (void *)(long)scratch; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, use, (void *)1L); pthread_create(&b, 0, use, (void *)2L);
  scratch = 100;
  pthread_join(a, 0); pthread_join(b, 0);
  return scratch;
}
