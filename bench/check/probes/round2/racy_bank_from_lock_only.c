/* TRUTH: racy. transfer() locks only the source account but also writes the destination:
   t1 (A->B, holds A.m) and t2 (B->A, holds B.m) both write B.balance. */
#include <pthread.h>
struct account { pthread_mutex_t m; int balance; };
struct account A = { PTHREAD_MUTEX_INITIALIZER, 100 }, B = { PTHREAD_MUTEX_INITIALIZER, 100 };
static void transfer(struct account *from, struct account *to, int amt) {
  pthread_mutex_lock(&from->m);
  from->balance -= amt; to->balance += amt;
  pthread_mutex_unlock(&from->m);
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
