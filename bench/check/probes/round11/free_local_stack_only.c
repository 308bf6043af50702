// free: each thread works on its own stack array and returns the result; nothing shared is written.
#include <pthread.h>
void *w(void *arg) {
  int local[16];
  long n = (long)arg;
  for (int i = 0; i < 16; i++) local[i] = (int)(i * n);
  long s = 0;
  for (int i = 0; i < 16; i++) s += local[i];
  return (void *)s;
}
int main(void) {
  pthread_t a, b;
  void *ra, *rb;
  pthread_create(&a, 0, w, (void *)1L);
  pthread_create(&b, 0, w, (void *)2L);
  pthread_join(a, &ra);
  pthread_join(b, &rb);
  return (int)((long)ra + (long)rb);
}
