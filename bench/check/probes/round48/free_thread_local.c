/* TRUTH: free — x is _Thread_local, so each thread writes its own copy */
#include <pthread.h>
_Thread_local int x;
void *t(void *a) { x++; x += (int)(long)a; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1);
  pthread_create(&b, 0, t, (void *)2);
  x = 5;
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
