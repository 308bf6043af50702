// free: __thread variable per thread; threads and main each touch their own copy.
#include <pthread.h>
__thread int scratch;
void *w(void *a) { scratch = (int)(long)a; scratch *= 2; return (void *)(long)scratch; }
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, w, (void *)i);
  scratch = 1;
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return scratch;
}
