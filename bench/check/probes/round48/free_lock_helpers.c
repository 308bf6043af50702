/* TRUTH: free — L()/U() lock and unlock the single global mutex around every access to x */
#include <pthread.h>
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void L(void) { pthread_mutex_lock(&m); }
static void U(void) { pthread_mutex_unlock(&m); }
void *t(void *a) { L(); x++; U(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  L(); x = x * 2; U();
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
