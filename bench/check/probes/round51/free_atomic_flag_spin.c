/* TRUTH: free — balance accessed only while holding a C11 atomic_flag spinlock (test_and_set acquire / clear release) */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag guard = ATOMIC_FLAG_INIT;
long balance = 100;

void deposit(long v)
{
  while (atomic_flag_test_and_set_explicit(&guard, memory_order_acquire))
    ;
  balance += v;
  atomic_flag_clear_explicit(&guard, memory_order_release);
}

void *t1(void *a) { deposit(10); return 0; }
void *t2(void *a) { deposit(-20); return 0; }

int main(void)
{
  pthread_t x, y;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return balance != 90;
}
