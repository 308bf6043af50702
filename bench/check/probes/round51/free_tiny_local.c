/* TRUTH: free — the thread only touches its local variable */
#include <pthread.h>
void *t(void *a) { int x = 0; x++; return (void *)(long)x; }
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
