/* TRUTH: free — hits is always accessed under m_hits and bytes always under m_bytes, in both threads */
#include <pthread.h>
static pthread_mutex_t m_hits = PTHREAD_MUTEX_INITIALIZER, m_bytes = PTHREAD_MUTEX_INITIALIZER;
static int hits; static long bytes;
static void *req(void *p) {
  pthread_mutex_lock(&m_hits); hits++; pthread_mutex_unlock(&m_hits);
  pthread_mutex_lock(&m_bytes); bytes += (long)p; pthread_mutex_unlock(&m_bytes);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, req, (void *)512L); pthread_create(&b, 0, req, (void *)64L);
  pthread_join(a, 0); pthread_join(b, 0);
  return hits + (int)bytes;
}
