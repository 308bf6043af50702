/* racy: thread A writes *p (which aliases x) without the mutex that B holds when writing x */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
int *p = &x;
void *A(void *a) { (void)a; *p += 1; return NULL; }
void *B(void *a) { (void)a; pthread_mutex_lock(&m); x += 2; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, A, NULL);
  pthread_create(&b, NULL, B, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
