/* TRUTH: racy — first thread joined only after the second is created; both increment counter concurrently */
#include <pthread.h>
#include <stdio.h>
long counter;
static void *inc(void *x) { for (int i = 0; i < 1000; i++) counter++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, inc, 0);
  pthread_create(&b, 0, inc, 0); pthread_join(a, 0); pthread_join(b, 0);
  printf("%ld\n", counter);
  return 0;
}
