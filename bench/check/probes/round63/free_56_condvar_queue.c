/* TRUTH: free — single-slot mailbox: box/full are only touched under mx, with two condvars for full/empty */
#include <pthread.h>
static pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static int box, full;
static void *prod(void *p) { (void)p; for (int i = 1; i <= 5; i++) { pthread_mutex_lock(&mx); while (full) pthread_cond_wait(&not_full, &mx); box = i; full = 1; pthread_cond_signal(&not_empty); pthread_mutex_unlock(&mx); } return 0; }
static void *cons(void *p) { long s = 0; (void)p; for (int i = 1; i <= 5; i++) { pthread_mutex_lock(&mx); while (!full) pthread_cond_wait(&not_empty, &mx); s += box; full = 0; pthread_cond_signal(&not_full); pthread_mutex_unlock(&mx); } return (void *)s; }
int main(void) {
  pthread_t a, b; void *r;
  pthread_create(&a, 0, prod, 0); pthread_create(&b, 0, cons, 0);
  pthread_join(a, 0); pthread_join(b, &r);
  return (long)r != 15;
}
