// racy: withdraw checks balance after release(), racing with deposit's locked write.
#include <pthread.h>
static pthread_mutex_t bank = PTHREAD_MUTEX_INITIALIZER;
static int balance = 100;
static void acquire(void) { pthread_mutex_lock(&bank); }
static void release(void) { pthread_mutex_unlock(&bank); }
static void *deposit(void *a) { acquire(); balance += 10; release(); return 0; }
static void *withdraw(void *a) { acquire(); release(); if (balance >= 5) return (void *)1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, deposit, 0);
  pthread_create(&b, 0, withdraw, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return balance;
}
