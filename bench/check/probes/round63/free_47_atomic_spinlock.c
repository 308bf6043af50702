/* TRUTH: free — a test-and-set spinlock with acquire on lock and release on unlock protects total */
#include <pthread.h>
#include <stdatomic.h>
static atomic_flag busy = ATOMIC_FLAG_INIT;
static int total;
static void spin_lock(void) { while (atomic_flag_test_and_set_explicit(&busy, memory_order_acquire)) ; }
static void spin_unlock(void) { atomic_flag_clear_explicit(&busy, memory_order_release); }
static void *add(void *p) { for (int i = 0; i < 100; i++) { spin_lock(); total += (int)(long)p; spin_unlock(); } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, add, (void *)1L); pthread_create(&b, 0, add, (void *)2L);
  pthread_join(a, 0); pthread_join(b, 0);
  return total != 300;
}
