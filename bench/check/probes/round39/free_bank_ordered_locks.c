/* TRUTH: free — transfers lock both account mutexes in index order before touching bal[from]/bal[to]; the auditor holds all three locks while summing; every access to bal[i] holds acct_lock[i]. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static pthread_mutex_t acct_lock[3] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                       PTHREAD_MUTEX_INITIALIZER};
static int bal[3] = {100, 100, 100};
static void transfer(int from, int to, int amt) {
  int lo = from < to ? from : to, hi = from < to ? to : from;
  pthread_mutex_lock(&acct_lock[lo]);
  pthread_mutex_lock(&acct_lock[hi]);
  bal[from] -= amt;
  bal[to] += amt;
  pthread_mutex_unlock(&acct_lock[hi]);
  pthread_mutex_unlock(&acct_lock[lo]);
}
static void *t01(void *arg) { (void)arg; transfer(0, 1, 10); return NULL; }
static void *t12(void *arg) { (void)arg; transfer(1, 2, 5); return NULL; }
static void *auditor(void *arg) {
  (void)arg;
  pthread_mutex_lock(&acct_lock[0]);
  pthread_mutex_lock(&acct_lock[1]);
  pthread_mutex_lock(&acct_lock[2]);
  int sum = bal[0] + bal[1] + bal[2];
  pthread_mutex_unlock(&acct_lock[2]);
  pthread_mutex_unlock(&acct_lock[1]);
  pthread_mutex_unlock(&acct_lock[0]);
  if (sum != 300) reach_error();
  return NULL;
}
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, NULL, t01, NULL);
  pthread_create(&b, NULL, t12, NULL);
  pthread_create(&c, NULL, auditor, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  pthread_join(c, NULL);
  return 0;
}
