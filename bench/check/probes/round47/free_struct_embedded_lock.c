/* TRUTH: free — the account's balance and history fields are only accessed while holding the mutex embedded in the same struct */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

struct account {
  pthread_mutex_t mu;
  int balance;
  int history[4];
  int nhist;
};

static void deposit(struct account *a, int amt) {
  pthread_mutex_lock(&a->mu);
  a->balance += amt;
  if (a->nhist < 4) a->history[a->nhist++] = amt;
  pthread_mutex_unlock(&a->mu);
}

static int withdraw(struct account *a, int amt) {
  int ok = 0;
  pthread_mutex_lock(&a->mu);
  if (a->balance >= amt) {
    a->balance -= amt;
    if (a->nhist < 4) a->history[a->nhist++] = -amt;
    ok = 1;
  }
  pthread_mutex_unlock(&a->mu);
  return ok;
}

void *depositor(void *arg) { deposit(arg, 50); deposit(arg, 20); return 0; }
void *withdrawer(void *arg) { withdraw(arg, 30); return 0; }

int main(void) {
  struct account *acc = malloc(sizeof *acc);
  pthread_t d, w;
  if (!acc) return 0;
  pthread_mutex_init(&acc->mu, 0);
  acc->balance = 0;
  acc->nhist = 0;
  pthread_create(&d, 0, depositor, acc);
  pthread_create(&w, 0, withdrawer, acc);
  pthread_join(d, 0);
  pthread_join(w, 0);
  if (acc->balance != 70 && acc->balance != 40) reach_error();
  pthread_mutex_destroy(&acc->mu);
  free(acc);
  return 0;
}
