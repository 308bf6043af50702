/* TRUTH: free. Account k is always updated under m[k]; callers pass constants. */
#include <pthread.h>
pthread_mutex_t m[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int acct[2];
static void deposit(int k, int v) { pthread_mutex_lock(&m[k]); acct[k] += v; pthread_mutex_unlock(&m[k]); }
void *t0(void *arg) { deposit(0, 5); deposit(1, 1); return NULL; }
void *t1(void *arg) { deposit(1, 7); deposit(0, 2); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t0, NULL);
  pthread_create(&b, NULL, t1, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return acct[0] + acct[1];
}
