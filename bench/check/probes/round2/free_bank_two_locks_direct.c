/* TRUTH: free. Transfer that locks both account mutexes (always A then B) through
   parameters; accesses through the same parameters. */
#include <pthread.h>
struct account { pthread_mutex_t m; int balance; };
struct account A = { PTHREAD_MUTEX_INITIALIZER, 100 }, B = { PTHREAD_MUTEX_INITIALIZER, 100 };
static void transfer(struct account *first, struct account *second, int amt) {
  pthread_mutex_lock(&first->m); pthread_mutex_lock(&second->m);
  first->balance -= amt; second->balance += amt;
  pthread_mutex_unlock(&second->m); pthread_mutex_unlock(&first->m);
}
void *t1(void *arg) { transfer(&A, &B, 10); return NULL; }
void *t2(void *arg) { transfer(&A, &B, -20); return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, t1, NULL);
  pthread_create(&y, NULL, t2, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return A.balance + B.balance;
}
