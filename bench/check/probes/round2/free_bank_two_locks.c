/* TRUTH: free. transfer() locks both accounts (in address order) before touching either
   balance; two threads transfer in opposite directions. */
#include <pthread.h>
struct account { pthread_mutex_t m; int balance; };
struct account A = { PTHREAD_MUTEX_INITIALIZER, 100 }, B = { PTHREAD_MUTEX_INITIALIZER, 100 };
static void transfer(struct account *from, struct account *to, int amt) {
  struct account *first = from < to ? from : to, *second = from < to ? to : from;
  pthread_mutex_lock(&first->m); pthread_mutex_lock(&second->m);
  from->balance -= amt; to->balance += amt;
  pthread_mutex_unlock(&second->m); pthread_mutex_unlock(&first->m);
}
void *t1(void *arg) { transfer(&A, &B, 10); return NULL; }
void *t2(void *arg) { transfer(&B, &A, 20); return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, t1, NULL);
  pthread_create(&y, NULL, t2, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return A.balance + B.balance;
}
