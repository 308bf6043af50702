/* TRUTH: free — ticket lock (fetch_add next, spin on serving, release by fetch_add) guards balance */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_uint next_ticket, now_serving;
int balance = 100;

static void tlock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my)
    ;
}
static void tunlock(void) { atomic_fetch_add(&now_serving, 1); }

static void *deposit(void *arg) {
  int amt = *(int *)arg;
  for (int i = 0; i < 100; i++) {
    tlock();
    balance += amt;
    tunlock();
  }
  return NULL;
}

int main(void) {
  pthread_t t[3];
  int amts[3] = {1, -1, 2};
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, deposit, &amts[i]);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  printf("%d\n", balance);
  return 0;
}
