/* race-free: p aliases x; one thread writes *p, the other writes x, both under the same mutex */
#include <pthread.h>
#include <assert.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
int *p = &x;
void *A(void *a) { (void)a; pthread_mutex_lock(&m); *p += 1; pthread_mutex_unlock(&m); return NULL; }
void *B(void *a) { (void)a; pthread_mutex_lock(&m); x += 2; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, A, NULL);
  pthread_create(&b, NULL, B, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(x == 3);
  return 0;
}
