/* TRUTH: free — retries is only touched when trylock succeeded (lock held); main reads after joins */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int retries;
static void *attempt(void *p) { (void)p; for (int k = 0; k < 10; k++) { if (pthread_mutex_trylock(&m) == 0) { retries++; pthread_mutex_unlock(&m); } } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, attempt, 0); pthread_create(&b, 0, attempt, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return retries;
}
