/* TRUTH: free — ticket lock built from atomic fetch_add/load/store; balance is only accessed while holding the ticket */
#include <pthread.h>
#include <stdatomic.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_23_ticket_lock.c", 5, "reach_error"); }
#define N 3
atomic_uint next_ticket;
atomic_uint now_serving;
int balance;

static void tl_lock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my) { }
}
static void tl_unlock(void) { atomic_fetch_add(&now_serving, 1); }

void *deposit(void *arg) {
  tl_lock();
  balance += 10;
  tl_unlock();
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, deposit, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (balance != 30) reach_error();
  return 0;
}
