// free: LOCK/UNLOCK macros around every access to q_len, both threads use the same mutex.
#include <pthread.h>
#define LOCK(m) pthread_mutex_lock(&(m))
#define UNLOCK(m) pthread_mutex_unlock(&(m))
#define WITH_LOCK(m, stmt) do { LOCK(m); stmt; UNLOCK(m); } while (0)
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
int q_len;
void *prod(void *a) { for (int i = 0; i < 5; i++) WITH_LOCK(qm, q_len++); return 0; }
void *cons(void *a) { for (int i = 0; i < 5; i++) { LOCK(qm); if (q_len > 0) q_len--; UNLOCK(qm); } return 0; }
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return q_len;
}
