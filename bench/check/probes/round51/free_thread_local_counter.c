/* TRUTH: free — calls is __thread so every thread has its own copy */
#include <pthread.h>
__thread int calls;
static void bump(void) { calls++; }
void *t(void *a)
{
  for (int i = 0; i < 8; i++)
    bump();
  return (void *)(long)calls;
}
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  bump();
  pthread_join(a, 0);
  pthread_join(b, 0);
  return calls;
}
