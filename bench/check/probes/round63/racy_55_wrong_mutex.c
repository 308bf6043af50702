/* TRUTH: racy — reader_side reads/writes hits under m_a, writer_side writes hits under m_b: different locks, no exclusion */
#include <pthread.h>
static pthread_mutex_t m_a = PTHREAD_MUTEX_INITIALIZER, m_b = PTHREAD_MUTEX_INITIALIZER;
static int hits;
static void *reader_side(void *p) { (void)p; pthread_mutex_lock(&m_a); hits += 1; pthread_mutex_unlock(&m_a); return 0; }
static void *writer_side(void *p) { (void)p; pthread_mutex_lock(&m_b); hits = 0; pthread_mutex_unlock(&m_b); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, reader_side, 0); pthread_create(&b, 0, writer_side, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return hits;
}
