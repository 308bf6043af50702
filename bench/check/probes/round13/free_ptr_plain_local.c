/* race-free: count is an automatic local in the thread function, so each thread has its own */
#include <pthread.h>
#include <assert.h>
int results[2];
void *w(void *p) {
  long id = (long)p;
  int count = 0;
  for (int i = 0; i < 10; i++) count += i;
  results[id] = count;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)0L);
  pthread_create(&b, NULL, w, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(results[0] == 45 && results[1] == 45);
  return 0;
}
