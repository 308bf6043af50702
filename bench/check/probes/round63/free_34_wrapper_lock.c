/* TRUTH: free — every access to queue_len goes through acquire()/release() wrappers around the one global mutex */
#include <pthread.h>
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static int queue_len;
static void acquire(void) { pthread_mutex_lock(&qm); }
static void release(void) { pthread_mutex_unlock(&qm); }
static void *enq(void *p) { (void)p; acquire(); queue_len++; release(); return 0; }
static void *deq(void *p) { (void)p; acquire(); if (queue_len > 0) queue_len--; release(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, enq, 0); pthread_create(&b, 0, deq, 0);
  acquire(); int q = queue_len; release();
  pthread_join(a, 0); pthread_join(b, 0);
  return q;
}
