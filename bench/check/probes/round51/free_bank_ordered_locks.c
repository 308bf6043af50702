/* TRUTH: free — each account's balance is only accessed with that account's own mutex held (both taken in address order for transfers) */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }
struct account { pthread_mutex_t m; int balance; };
struct account acc[2];

static void transfer(struct account *from, struct account *to, int amt)
{
  struct account *first = from < to ? from : to;
  struct account *second = from < to ? to : from;
  pthread_mutex_lock(&first->m);
  pthread_mutex_lock(&second->m);
  if (from->balance >= amt) {
    from->balance -= amt;
    to->balance += amt;
  }
  pthread_mutex_unlock(&second->m);
  pthread_mutex_unlock(&first->m);
}

void *t01(void *a) { transfer(&acc[0], &acc[1], 5); return 0; }
void *t10(void *a) { transfer(&acc[1], &acc[0], 3); return 0; }

int main(void)
{
  pthread_t x, y;
  for (int i = 0; i < 2; i++) {
    pthread_mutex_init(&acc[i].m, 0);
    acc[i].balance = 10;
  }
  pthread_create(&x, 0, t01, 0);
  pthread_create(&y, 0, t10, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  if (acc[0].balance + acc[1].balance != 20)
    reach_error();
  return 0;
}
