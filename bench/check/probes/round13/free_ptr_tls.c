/* race-free: tls_count is __thread, each thread has its own copy; results stored per id */
#include <pthread.h>
#include <assert.h>
__thread int tls_count;
int results[2];
void *w(void *p) {
  long id = (long)p;
  for (int i = 0; i < 10; i++) tls_count += i;
  results[id] = tls_count;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)0L);
  pthread_create(&b, NULL, w, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(results[0] == 45);
  return 0;
}
