/* TRUTH: free — acct_a guarded by la, acct_b guarded by lb; transfers take both in the same order; audit takes both */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

int acct_a = 100, acct_b = 100;
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t lb = PTHREAD_MUTEX_INITIALIZER;

void *transfer_ab(void *arg) {
  pthread_mutex_lock(&la);
  pthread_mutex_lock(&lb);
  acct_a -= 10;
  acct_b += 10;
  pthread_mutex_unlock(&lb);
  pthread_mutex_unlock(&la);
  return 0;
}

void *transfer_ba(void *arg) {
  pthread_mutex_lock(&la);
  pthread_mutex_lock(&lb);
  acct_b -= 5;
  acct_a += 5;
  pthread_mutex_unlock(&lb);
  pthread_mutex_unlock(&la);
  return 0;
}

void *audit(void *arg) {
  int s;
  pthread_mutex_lock(&la);
  pthread_mutex_lock(&lb);
  s = acct_a + acct_b;
  pthread_mutex_unlock(&lb);
  pthread_mutex_unlock(&la);
  if (s != 200) reach_error();
  return 0;
}

int main(void) {
  pthread_t t1, t2, t3;
  pthread_create(&t1, 0, transfer_ab, 0);
  pthread_create(&t2, 0, transfer_ba, 0);
  pthread_create(&t3, 0, audit, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  pthread_join(t3, 0);
  return 0;
}
