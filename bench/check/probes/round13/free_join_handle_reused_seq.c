/* race-free: one pthread_t variable reused, but each thread is joined before the next is created */
#include <pthread.h>
#include <assert.h>
#define N 3
int total;
void *w(void *p) { (void)p; total += 1; return NULL; }
int main(void) {
  pthread_t t;
  for (int i = 0; i < N; i++) { pthread_create(&t, NULL, w, NULL); pthread_join(t, NULL); }
  total = total * 10;
  assert(total == 30);
  return 0;
}
