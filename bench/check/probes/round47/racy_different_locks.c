/* TRUTH: racy — thread A protects balance with la, thread B with lb: no common lock, so the writes race */
#include <pthread.h>
int balance = 10;
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
void *a(void *p) { pthread_mutex_lock(&la); balance += 5; pthread_mutex_unlock(&la); return 0; }
void *b(void *p) { pthread_mutex_lock(&lb); balance -= 3; pthread_mutex_unlock(&lb); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return balance;
}
