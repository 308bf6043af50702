/* TRUTH: racy — writer publishes flag before writing data[3]: reader may read data[3] concurrently with its write */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
int data[4]; atomic_int flag;
static void *writer(void *x) { for (int i = 0; i < 3; i++) data[i] = i + 1; atomic_store_explicit(&flag, 1, memory_order_release); data[3] = 4; return 0; }
static void *reader(void *x) { while (!atomic_load_explicit(&flag, memory_order_acquire)) ; long s = 0; for (int i = 0; i < 4; i++) s += data[i]; return (void *)s; }
int main(void) {
  pthread_t a, b; void *r;
  pthread_create(&a, 0, writer, 0); pthread_create(&b, 0, reader, 0);
  pthread_join(a, 0); pthread_join(b, &r);
  printf("%ld\n", (long)r);
  return 0;
}
