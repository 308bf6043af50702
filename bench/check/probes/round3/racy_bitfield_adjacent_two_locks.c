/* TRUTH: racy. Adjacent bit-fields a and b are one memory location; written under different
   locks m1/m2. */
#include <pthread.h>
struct BF { unsigned a : 4; unsigned b : 4; };
static struct BF bf;
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static void *wa(void *v) { (void)v; pthread_mutex_lock(&m1); bf.a = 3; pthread_mutex_unlock(&m1); return NULL; }
static void *wb(void *v) { (void)v; pthread_mutex_lock(&m2); bf.b = 5; pthread_mutex_unlock(&m2); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wa, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return bf.a + bf.b;
}
