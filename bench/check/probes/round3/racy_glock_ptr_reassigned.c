/* TRUTH: racy. glk initialized to &m1 but main sets glk = &m2 before threads start;
   t1 locks m1 directly, t2 locks *glk (= m2); both write g. */
#include <pthread.h>
static int g;
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *glk = &m1;
static void *t1(void *x) { (void)x; pthread_mutex_lock(&m1); g++; pthread_mutex_unlock(&m1); return NULL; }
static void *t2(void *x) { (void)x; pthread_mutex_lock(glk); g++; pthread_mutex_unlock(glk); return NULL; }
int main(void) {
  pthread_t a, b;
  glk = &m2;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return g;
}
