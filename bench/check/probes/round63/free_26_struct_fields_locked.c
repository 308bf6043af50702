/* TRUTH: free — account fields are accessed only while holding the account's own embedded mutex */
#include <pthread.h>
struct account { pthread_mutex_t m; long cents; int ops; };
static struct account acct = { PTHREAD_MUTEX_INITIALIZER, 0, 0 };
static void *post(void *p) { struct account *a = &acct; long amt = (long)p; pthread_mutex_lock(&a->m); a->cents += amt; a->ops++; pthread_mutex_unlock(&a->m); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, post, (void *)5L); pthread_create(&y, 0, post, (void *)-3L);
  pthread_join(x, 0); pthread_join(y, 0);
  return acct.ops;
}
